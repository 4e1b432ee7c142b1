def power_map_action(record, field):
    """The power map client action of `record` (a coalition or an initiative), whose
    targets point to it through `field`."""
    record.ensure_one()
    action = record.env["ir.actions.actions"]._for_xml_id(
        "community_work.community_power_map_action"
    )
    action["display_name"] = record.env._("Power Map: %(name)s", name=record.display_name)
    action["context"] = {"active_model": record._name, "active_id": record.id}
    return action


def power_target_counts(records, field):
    """How many targets of each record's power map the current user may read."""
    return dict(
        records.env["community.power.target"]._read_group(
            [(field, "in", records.ids)], [field], ["__count"]
        )
    )
