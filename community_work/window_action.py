def window_action(env, xmlid, domain, context=None):
    """The window action `xmlid` narrowed to `domain`, with `context` as its defaults."""
    action = env["ir.actions.act_window"]._for_xml_id(xmlid)
    action["domain"] = domain
    action["context"] = context or {}
    return action


def form_action(record):
    """The action that opens `record` in its form."""
    return {
        "type": "ir.actions.act_window",
        "res_model": record._name,
        "res_id": record.id,
        "view_mode": "form",
        "views": [(False, "form")],
        "target": "current",
    }
