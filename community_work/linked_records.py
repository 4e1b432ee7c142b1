from odoo.exceptions import ValidationError


def check_linked_records(env, model_name, record_ids, allow_archived=False):
    """Refuse, with a clear message, to link records of `model_name` that do not exist,
    that the user cannot read or, unless `allow_archived`, that are archived.

    Without this, a missing id ends as a database error about a "record being deleted",
    and a record of another company would be linked without the user ever seeing it."""
    ids = {record_id for record_id in record_ids if record_id}
    model = env[model_name]
    if not ids:
        return model
    invalid = [record_id for record_id in ids if not isinstance(record_id, int)]
    if invalid:
        raise ValidationError(
            env._(
                "“%(value)s” is not a valid %(kind)s.",
                value=invalid[0],
                kind=_model_label(env, model_name),
            )
        )
    records = model.browse(sorted(ids)).exists()
    if len(records) != len(ids):
        raise ValidationError(
            env._(
                "%(kind)s %(ids)s does not exist; it may have been deleted.",
                kind=_model_label(env, model_name),
                ids=", ".join(str(record_id) for record_id in sorted(ids - set(records.ids))),
            )
        )
    records.check_access("read")
    archived = records.browse() if allow_archived else records.filtered(lambda r: not r.active)
    if archived:
        raise ValidationError(
            env._(
                "“%(name)s” is archived: nothing new can be added to it. Restore it first "
                "or choose another one.",
                name=archived[0].display_name,
            )
        )
    return records


def _model_label(env, model_name):
    return env["ir.model"]._get(model_name).name
