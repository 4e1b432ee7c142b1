from odoo import Command, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from .community_name_mixin import NAME_MAX_LENGTH
from .community_profile_line_mixin import PRIORITIES
from .window_action import form_action, window_action

PRIORITY_KEYS = [key for key, _label in PRIORITIES]
RESULT_FIELDS = (
    "points",
    "share",
    "voter_count",
    "first_choice_count",
    "result_rank",
    "is_winner",
    "priority_before",
    "priority_after",
)


class CommunityRound(models.Model):
    """Closing a round counts it, raises the priority of the issues residents chose, tells
    the community, and lets the worker start an initiative on the chosen issues."""

    _inherit = "community.round"

    def action_close(self):
        for round_ in self:
            if round_.state != "open":
                raise UserError(
                    self.env._(
                        "“%(round)s” is not open: only an open round is closed and counted.",
                        round=round_.name,
                    )
                )
            if round_.pending_count:
                raise UserError(
                    self.env._(
                        "%(count)s online entries of “%(round)s” are waiting: confirm or "
                        "reject them first, so that every resident's choice is counted or "
                        "set aside knowingly.",
                        count=round_.pending_count,
                        round=round_.name,
                    )
                )
        totals = self._count_ballots()
        for round_ in self:
            round_._write_result(totals)
            round_.state = "closed"
            round_._raise_priorities()
            round_._post_result()
        return True

    def _count_ballots(self):
        """{candidate id: (points given, individual ballots naming it, first places)} over the
        confirmed ballots of these rounds, in one query. Points are dots, Borda points (an
        issue ranked r of n gets n + 1 - r) or scores."""
        self.env["community.ballot.choice"].flush_model()
        self.env["community.ballot"].flush_model(["state", "ballot_count", "round_id"])
        self.flush_recordset(["method", "candidate_count"])
        rows = self.env.execute_query(
            SQL(
                """
                SELECT choice.candidate_id,
                       SUM(CASE WHEN round.method = 'ranking'
                                THEN round.candidate_count + 1 - choice.value
                                ELSE choice.value END),
                       SUM(CASE WHEN ballot.ballot_count = 1 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN round.method = 'ranking' AND choice.value = 1
                                THEN 1 ELSE 0 END)
                  FROM community_ballot_choice choice
                  JOIN community_ballot ballot ON ballot.id = choice.ballot_id
                  JOIN community_round round ON round.id = ballot.round_id
                 WHERE ballot.round_id IN %s AND ballot.state = 'confirmed'
              GROUP BY choice.candidate_id
                """,
                tuple(self.ids),
            )
        )
        return {
            candidate_id: (total, voters, firsts) for candidate_id, total, voters, firsts in rows
        }

    def _write_result(self, totals):
        """Points, shares and places of the candidates; ties share a place, and every
        candidate in first place (with some support) is chosen."""
        self.ensure_one()
        grand_total = sum(totals.get(c.id, (0, 0, 0))[0] for c in self.candidate_ids) or 1
        results = {}
        for candidate in self.candidate_ids:
            total, voters, firsts = totals.get(candidate.id, (0, 0, 0))
            points = total / voters if self.method == "score" and voters else total
            results[candidate] = {
                "points": round(points, 2),
                "share": round(100.0 * total / grand_total, 1),
                "voter_count": voters,
                "first_choice_count": firsts,
            }
        ordered = sorted(results.items(), key=lambda item: -item[1]["points"])
        for position, (candidate, values) in enumerate(ordered, start=1):
            ahead = [v for _c, v in ordered[: position - 1] if v["points"] > values["points"]]
            values["result_rank"] = len(ahead) + 1
            values["is_winner"] = values["result_rank"] == 1 and values["points"] > 0
            candidate.write(values)
        winners = self.candidate_ids.filtered("is_winner").sorted("sequence")
        self.winner_names = ", ".join(winners.mapped("label"))[:NAME_MAX_LENGTH]

    def _raise_priorities(self):
        """The first place becomes urgent, the upper half high, any issue that got support
        at least medium. A priority is raised, never lowered."""
        self.ensure_one()
        half = (len(self.candidate_ids) + 1) // 2
        raised = {}
        for candidate in self.candidate_ids:
            need = candidate.need_id
            wanted = "0"
            if candidate.points > 0:
                wanted = (
                    "3" if candidate.is_winner else "2" if candidate.result_rank <= half else "1"
                )
            after = max(need.priority, wanted, key=PRIORITY_KEYS.index)
            candidate.write({"priority_before": need.priority, "priority_after": after})
            if after != need.priority:
                raised.setdefault(after, self.env["community.need"])
                raised[after] |= need
        for priority, needs in raised.items():
            needs.write({"priority": priority})

    def _post_result(self):
        """The result, in the round's chatter and in its community's (and initiative's)."""
        self.ensure_one()
        body = self.env["ir.qweb"]._render(
            "community_work.community_round_result_message",
            {
                "voting_round": self,
                "candidates": self.candidate_ids.sorted(lambda c: (c.result_rank, c.sequence)),
                "method_label": dict(self._fields["method"]._description_selection(self.env))[
                    self.method
                ],
                "priorities": dict(PRIORITIES),
            },
        )
        self.message_post(body=body, subtype_xmlid="mail.mt_note")
        # Whoever runs the round tells its community, also without changing the community.
        author = self.env.user.partner_id.id
        for record in (self.community_id, self.initiative_id):
            if record:
                record.sudo().message_post(
                    body=body, subtype_xmlid="mail.mt_note", author_id=author
                )

    def action_reopen(self):
        """Open a closed round again: the priorities it raised go back where they were."""
        for round_ in self.filtered(lambda r: r.state == "closed"):
            if round_.result_initiative_id:
                raise UserError(
                    self.env._(
                        "“%(initiative)s” was started from the result of “%(round)s”: the round "
                        "stays closed.",
                        initiative=round_.result_initiative_id.name,
                        round=round_.name,
                    )
                )
            for candidate in round_.candidate_ids:
                need = candidate.need_id
                if candidate.priority_before and need.priority == candidate.priority_after:
                    need.priority = candidate.priority_before
            round_.candidate_ids.write(dict.fromkeys(RESULT_FIELDS, False))
            round_.write({"state": "open", "winner_names": False})
            round_.message_post(
                body=self.env._("Reopened: the result is counted again at closing.")
            )
        return True

    def action_start_initiative(self):
        """Start an initiative on the chosen issues, in one click."""
        self.ensure_one()
        if self.result_initiative_id:
            return form_action(self.result_initiative_id)
        if self.state != "closed":
            raise UserError(self.env._("Close and count the round first."))
        chosen = self.candidate_ids.filtered("is_winner").sorted(
            lambda c: (c.result_rank, c.sequence)
        )
        if not chosen:
            raise UserError(
                self.env._("Tick, in the result, the issues the new initiative takes up.")
            )
        initiative = self.env["community.initiative"].create(
            {
                "name": " & ".join(chosen.mapped("label"))[:NAME_MAX_LENGTH],
                "community_id": self.community_id.id,
                "need_ids": [Command.set(chosen.need_id.ids)],
                "date_start": fields.Date.context_today(self),
                "goal": self.env._(
                    "Residents chose this in “%(round)s” (%(count)s ballots).",
                    round=self.name,
                    count=self.ballots_cast,
                ),
            }
        )
        self.result_initiative_id = initiative
        self.message_post(
            body=self.env._("Initiative started: %(initiative)s", initiative=initiative.name)
        )
        return form_action(initiative)

    def action_view_result(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_round_candidate_action_result",
            [("round_id", "=", self.id)],
        )

    def action_view_breakdown(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_ballot_analysis_action",
            [("round_id", "=", self.id)],
        )
