import { editsConflict, type OffsetEdit } from './edits';

/**
 * Edits that do not conflict with each other (`editsConflict`), answering whether a new edit
 * conflicts with any of them in logarithmic time. Pairwise non-conflicting edits have distinct
 * starts, and sorted by start their ends never decrease (an edit inside another conflicts with
 * it), so only the edit starting at the same place and the last one starting before the new
 * edit's end can conflict with it.
 */
export class TakenEdits {
  /** sorted by start */
  private readonly edits: OffsetEdit[] = [];

  conflictsWith(edit: OffsetEdit): boolean {
    const same = this.edits[this.firstStartingAtOrAfter(edit.start)];
    if (same && same.start === edit.start && editsConflict(same, edit)) return true;
    // the last edit starting before `edit` ends: its end is the largest of all that do
    const before = this.edits[this.firstStartingAtOrAfter(edit.end) - 1];
    return before !== undefined && editsConflict(before, edit);
  }

  /** Adds an edit that conflicts with none taken (`conflictsWith` is false). */
  add(edit: OffsetEdit): void {
    this.edits.splice(this.firstStartingAtOrAfter(edit.start), 0, edit);
  }

  private firstStartingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.edits[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
