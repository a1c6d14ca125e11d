import { unknownBecause } from '../layers/bytes';
import { lineMention, markedLineMention, movableReport, movedMarks, unmarkedReport, unmarkedText } from './line-mentions';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
const down2 = (line: number) => (line >= 10 ? line + 2 : line < 5 ? line : undefined);

describe('line mentions', () => {
  test('a mention is the 1-based line, as text or marked; unmarked, the marked one reads as the plain one', () => {
    expect(lineMention(at(11))).toBe('12');
    const message = `\`curl\` at line ${markedLineMention(at(11))} and \`wget\` at line ${markedLineMention(at(3))}`;
    expect(message).not.toContain('12');
    expect(unmarkedText(message)).toBe('`curl` at line 12 and `wget` at line 4');
  });

  test('moved marks name the lines where they are now; a line the edit touched cannot be moved', () => {
    const message = `lines ${markedLineMention(at(11))} and ${markedLineMention(at(3))}`;
    expect(unmarkedText(movedMarks(message, down2)!)).toBe('lines 14 and 4');
    expect(movedMarks(`line ${markedLineMention(at(7))}`, down2)).toBeUndefined();
  });

  test('a report is movable only when every line it names is marked: in its message, related messages and byte notes', () => {
    const marked = { range: at(11), message: `RUN at line ${markedLineMention(at(11))}` };
    expect(movableReport(marked)).toBe(true);
    expect(movableReport({ ...marked, message: 'RUNs (lines 12 and 13) can be one' })).toBe(false);
    expect(movableReport({ ...marked, related: [{ range: at(3), message: 'the COPY at line 4' }] })).toBe(false);
    expect(movableReport({ ...marked, wastedBytes: unknownBecause('line 12 writes files dflint cannot see') })).toBe(false);
  });

  test('the reported report has no marks, in its message or related messages; one without marks is the same object', () => {
    const report = { range: at(11), message: `at line ${markedLineMention(at(11))}`, related: [{ range: at(3), message: `the COPY at line ${markedLineMention(at(3))}` }] };
    expect(unmarkedReport(report)).toEqual({ range: at(11), message: 'at line 12', related: [{ range: at(3), message: 'the COPY at line 4' }] });
    const plain = { range: at(1), message: 'no line named' };
    expect(unmarkedReport(plain)).toBe(plain);
  });
});
