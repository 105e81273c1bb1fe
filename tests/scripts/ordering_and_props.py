from functools import total_ordering


@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    @property
    def value(self):
        """Position of the rank."""
        return Card.RANKS.index(self.rank)

    def __eq__(self, other):
        return self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __repr__(self):
        return f"Card({self.rank!r})"


hand = [Card("K"), Card("3"), Card("A"), Card("T")]
print(sorted(hand))
print(max(hand), min(hand))
print(Card("Q") >= Card("J"), Card("2") > Card("2"), Card("5") <= Card("5"))
print(Card.value.__doc__)
print(type(Card.value).__name__)
c = Card("7")
c.value = 3
