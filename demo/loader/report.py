"""Counting what a demo load created, found already there, or brought up to date."""

from collections import Counter


class Tally:
    """Counts objects per kind, in the order the kinds first appear.

    Every object is either created or kept; a kept one may also be refreshed
    (an example offer or course whose dates had passed).
    """

    def __init__(self) -> None:
        self._created: Counter[str] = Counter()
        self._kept: Counter[str] = Counter()
        self._refreshed: Counter[str] = Counter()
        self._kinds: list[str] = []

    def created(self, kind: str) -> None:
        self._note(kind)
        self._created[kind] += 1

    def kept(self, kind: str, count: int = 1) -> None:
        self._note(kind)
        self._kept[kind] += count

    def created_count(self, kind: str) -> int:
        return self._created[kind]

    def refreshed(self, kind: str) -> None:
        self._note(kind)
        self._refreshed[kind] += 1

    def _note(self, kind: str) -> None:
        if kind not in self._kinds:
            self._kinds.append(kind)

    def changed_anything(self) -> bool:
        return bool(sum(self._created.values()) + sum(self._refreshed.values()))

    def lines(self) -> list[str]:
        width = max((len(kind) for kind in self._kinds), default=0)
        lines = []
        for kind in self._kinds:
            line = (
                f"  {kind + ':':<{width + 1}} {self._created[kind]:>3} neu, "
                f"{self._kept[kind]:>3} schon vorhanden"
            )
            if self._refreshed[kind]:
                line += f" (davon {self._refreshed[kind]} mit neuen Terminen)"
            lines.append(line)
        return lines
