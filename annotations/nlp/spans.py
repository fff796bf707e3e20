"""A set of non-overlapping (start, end) spans that answers "does this overlap?" in log time."""

from bisect import bisect_left, bisect_right, insort


class SpanSet:
    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return self.first_overlap(start, end) is not None

    def first_overlap(self, start: int, end: int) -> tuple[int, int] | None:
        """The first span held that overlaps start:end."""
        index = bisect_left(self._spans, (start, end))
        # Only the neighbours can be first: the spans held never overlap one another.
        return next(
            (span for span in self._spans[max(0, index - 1) : index + 1] if span[0] < end and start < span[1]), None
        )

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))

    def add_if_free(self, start: int, end: int) -> bool:
        """Adds the span unless it overlaps one already held; says whether it did."""
        if self.overlaps(start, end):
            return False
        self.add(start, end)
        return True


class Regions:
    """Sorted, non-overlapping regions of a text (the blocks to read): which one holds a span."""

    def __init__(self, regions: list[tuple[int, int]]):
        self._regions = regions
        self._starts = [start for start, _end in regions]

    def index_of(self, start: int, end: int) -> int | None:
        """The index of the region holding all of start:end, or None."""
        index = bisect_right(self._starts, start) - 1
        if index >= 0 and end <= self._regions[index][1]:
            return index
        return None
