"""What makes a ballot valid, said once for the paper grid, the public page and the ORM.

A ballot gives whole numbers to some of the round's candidate issues: dots (a person
shares out the round's dots, several on one issue if they like), ranks (1 for the first,
each rank once and none skipped) or scores (1 to 5). Issues left out get nothing."""

SCORE_RANGE = (1, 5)


def choice_errors(env, round_, values, ballot_count=1, named=True):
    """The reasons why a ballot of `round_` giving `values` ({candidate id: whole number})
    and standing for `ballot_count` ballots is refused; an empty list when it is valid."""
    _ = env._
    errors = []
    candidates = set(round_.candidate_ids.ids)
    if set(values) - candidates:
        errors.append(_("One of the choices is not an issue of this round."))
        values = {key: value for key, value in values.items() if key in candidates}
    if not values:
        errors.append(_("Choose at least one issue."))
    if ballot_count < 1:
        errors.append(_("A line stands for at least one ballot."))
    elif ballot_count > 1 and (named or round_.method != "dots"):
        errors.append(
            _(
                "Only unnamed dots can be entered as a tally of several ballots; enter "
                "each person's ballot, and each ranking or scoring sheet, on a line of its own."
            )
        )
    checks = {"dots": _dot_errors, "ranking": _rank_errors, "score": _score_errors}
    errors += checks[round_.method](env, round_, values, max(ballot_count, 1))
    return errors


def _dot_errors(env, round_, values, ballot_count):
    if any(value < 0 for value in values.values()):
        return [env._("Dots cannot be negative.")]
    given, allowed = sum(values.values()), round_.dots_per_person * ballot_count
    if given <= allowed:
        return []
    if ballot_count > 1:
        return [
            env._(
                "%(count)s ballots hold at most %(allowed)s dots, not %(given)s.",
                count=ballot_count,
                allowed=allowed,
                given=given,
            )
        ]
    return [
        env._(
            "%(given)s dots were given, but each person has %(allowed)s.",
            given=given,
            allowed=allowed,
        )
    ]


def _rank_errors(env, round_, values, ballot_count):
    ranks = sorted(values.values())
    highest = len(round_.candidate_ids)
    if any(rank < 1 or rank > highest for rank in ranks):
        return [env._("Ranks go from 1 (first choice) to %(highest)s.", highest=highest)]
    twice = sorted({rank for rank in ranks if ranks.count(rank) > 1})
    if twice:
        return [
            env._(
                "Rank %(rank)s is given to more than one issue: give each rank once.",
                rank=twice[0],
            )
        ]
    missing = [rank for rank in range(1, len(ranks) + 1) if rank not in ranks]
    if missing:
        return [env._("Ranks follow each other from 1: rank %(rank)s is missing.", rank=missing[0])]
    return []


def _score_errors(env, round_, values, ballot_count):
    low, high = SCORE_RANGE
    if any(not low <= score <= high for score in values.values()):
        return [env._("Scores go from %(low)s to %(high)s.", low=low, high=high)]
    return []


def parse_whole_number(text):
    """A whole number typed by someone (None for an empty entry); ValueError otherwise."""
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, int):
        return text
    text = str(text).strip()
    if not text:
        return None
    if not text.lstrip("-").isdigit() or len(text) > 6:
        raise ValueError(text)
    return int(text)
