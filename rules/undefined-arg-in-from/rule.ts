import { defineRule, joinWords } from '@dflint/core/rule-kit';
import { AUTOMATIC_ARGS, expandFromWord, fromParts, globalArgs, suggestion, variableNames } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'undefined-arg-in-from',
    description: 'FROM using a variable that no ARG before the first FROM declares',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['UndefinedArgInFrom'],
  },
  check({ document, report }) {
    const declared = [...globalArgs(document).keys(), ...AUTOMATIC_ARGS.keys()];
    for (const stage of document.stages) {
      const { image, platform } = fromParts(stage.from);
      const words = [...(platform?.value ? [{ text: platform.value, range: platform.range }] : []), ...(image ? [{ text: image.value, range: image.range }] : [])];
      // a word BuildKit cannot expand (`${x:y}`, a template's placeholder) fails the build with its own error
      const undeclared = words.filter((word) => expandFromWord(word.text, AUTOMATIC_ARGS, document.escapeChar) !== undefined).flatMap((word) => variableNames(word.text, document.escapeChar).filter((name) => !declared.includes(name)).map((name) => ({ name, range: word.range })));
      if (undeclared.length === 0) continue;
      const names = [...new Set(undeclared.map((each) => each.name))].map((name) => {
        const near = suggestion(name, declared);
        return near ? `$${name} (did you mean $${near}?)` : `$${name}`;
      });
      const what = names.length === 1 ? `${names[0]}, which no ARG before the first FROM declares` : `${joinWords(names)}, which no ARG before the first FROM declares`;
      report({ range: undeclared[0].range, message: `FROM uses ${what}: it is always empty; declare it with ARG before the first FROM` });
    }
  },
});
