"""Version 18.0.1.4.0 brings two things to databases installed before it.

1. Method data closer to its sources. The shipped methods are noupdate: an update
   creates the records this version adds (new indicators and tasks, the OSL stage of
   evaluation and supervision) under their xmlids, but leaves existing records alone.
   The texts this version changes are written here, each only where it still reads as it
   was shipped (PREVIOUS): a text a manager edited stays as they left it.
2. The responsibility history starts with the workers responsible today, from the day
   each record was created, for records that have no history yet.
"""

import re

from lxml import etree

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL, file_open
from odoo.tools.convert import _eval_xml, xml_import

METHOD_FILES = (
    "data/community_method_cycle_data.xml",
    "data/community_method_cycle_steps_data.xml",
    "data/community_method_phases_data.xml",
    "data/community_method_building_data.xml",
    "data/community_method_osl_data.xml",
    "data/community_method_osl_stages_data.xml",
)
INITIATIVES = SQL.identifier("community_initiative")
COALITIONS = SQL.identifier("community_coalition")
# The texts as 18.0.1.3.0 shipped them, whitespace between tags left out.
PREVIOUS = {
    "community_method_building": {
        "description": (
            '<p>Community building as practised in Israeli community social work. It grew out '
            "of the community development model and follows Murray Ross's definition of "
            'community work: a community identifies its needs and goals, sets priorities, '
            'gains the confidence and will to act, and develops its resources by working '
            'together. It starts from local knowledge, culture and existing strengths rather '
            'than from what the community lacks.</p>'
            '<p>Use it when the aim is a lasting community body with a shared vision, and '
            'when partnerships and coalitions of local organisations matter. Its four marks '
            'of good practice (organising, sharing, participation and partnerships) serve as '
            'measurable indicators.</p>'
        ),
    },
    "community_stage_building_03": {
        "guidance": (
            '<p>Activists move the community forward through the tasks they take on, and an '
            'organised body grows that lets the work expand and gives them ownership of the '
            'plans.</p><ul>'
            '<li>Plan short actions that are sure to succeed quickly, to build '
            'confidence.</li>'
            '<li>Raise awareness, monitor and coordinate the activity, and build cooperation '
            'with existing institutions.</li>'
            '<li>Set up ways of evaluating results and link them back to the vision.</li>'
            '<li>Keep what was gained: go on nurturing activists, network with other '
            'communities and form new partnerships so the community does not slide back into '
            'old habits.</li>'
            '<li>Mark achievements and celebrate them.</li>'
            '</ul>'
        ),
    },
    "community_stage_cycle_03": {
        "guidance": (
            '<ul>'
            '<li>Invite people in person; a leaflet alone rarely brings newcomers.</li>'
            '<li>Choose a time, place and format that suit the people most affected: '
            'childcare, language, step-free access.</li>'
            '<li>Present the issues you heard neutrally and let residents add, merge or drop '
            'them.</li>'
            '<li>Use simple ways of setting priorities, such as voting with stickers, so that '
            'everyone has a say.</li>'
            '<li>Record attendance and note who offers to take the next step.</li>'
            '</ul>'
        ),
    },
    "community_stage_phases_03": {
        "guidance": (
            '<p>New groups are full of energy and more residents are willing to take part. '
            'The task now is to turn that energy into an organisation that lasts.</p><ul>'
            '<li>Help the organisation set up sound internal procedures for meetings, '
            'records, money and decisions.</li>'
            '<li>Create chances for members to pass their experience and skills to one '
            'another.</li>'
            '<li>Help build a stable network of support from local bodies and outside '
            'organisations.</li>'
            '<li>Keep using mutual help, community education and collective action to involve '
            'more residents.</li>'
            '</ul>'
        ),
    },
    "community_stage_phases_03_task_04": {
        "name": (
            'Organise collective action on a shared issue'
        ),
    },
    "community_method_osl": {
        "description": (
            '<p>Organizowanie Społeczności Lokalnej, the Polish model prepared by the Centre '
            'for Support of Local Activity (CAL) and the Institute of Public Affairs (ISP). '
            'It adds organising work to the cash benefits of social-assistance centres, on '
            'the view that helping marginalised people and families needs change in the '
            'communities they live in. The organiser is animator, mediator and social-policy '
            'actor in one.</p>'
            '<p>Use it when a public institution or local organisation works with a whole '
            'group or area, especially a marginalised one: the aim is that people move from '
            'being clients to being partners who solve their problems together, and that the '
            "approach enters the municipality's strategy.</p>"
        ),
    },
    "community_stage_osl_04": {
        "guidance": (
            '<ul>'
            '<li>Help the group plan actions with clear goals, roles and dates.</li>'
            '<li>Support self-help and mutual help as well as requests to institutions.</li>'
            '<li>Teach skills as the need arises: running meetings, writing applications, '
            'talking with officials.</li>'
            '<li>After each action, talk over with the group what worked and what to '
            'change.</li>'
            '</ul>'
        ),
    },
    "community_stage_osl_05": {
        "caution": (
            '<ul>'
            "<li>Don't let institutions take the partnership over and turn residents into an "
            'audience.</li>'
            "<li>Don't take sides in disputes; mediate.</li>"
            "<li>Don't build the network around yourself.</li>"
            '</ul>'
        ),
    },
}


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    update_shipped_texts(env)
    start_responsibility_history(env)


def update_shipped_texts(env):
    shipped = shipped_values(env)
    for xmlid, previous in PREVIOUS.items():
        record = env.ref(f"community_work.{xmlid}", raise_if_not_found=False)
        if not record:
            continue
        values = {
            name: shipped[xmlid][name]
            for name, text in previous.items()
            if _normalise(record, name, record[name]) == _normalise(record, name, text)
        }
        record.write(values)


def shipped_values(env):
    """The values of the changed fields as the method files of this version ship them,
    evaluated by Odoo's own data loader."""
    loader = xml_import(env, "community_work", {}, "update")
    values = {}
    for path in METHOD_FILES:
        with file_open(f"community_work/{path}", "rb") as file:
            tree = etree.parse(file)
        for record in tree.iter("record"):
            changed = PREVIOUS.get(record.get("id"))
            if changed:
                values[record.get("id")] = {
                    name: _eval_xml(loader, record.find(f"field[@name='{name}']"), env)
                    for name in changed
                }
    return values


def _normalise(record, name, value):
    """The value as the field stores it (HTML sanitised), whitespace between tags left out."""
    value = record._fields[name].convert_to_cache(value, record) or ""
    return re.sub(r">\s+<", "><", " ".join(str(value).split()))


def start_responsibility_history(env):
    """Open a line for each worker responsible today, from the record's creation."""
    community_users = env["community.community"]._fields["user_ids"]
    for table, link, user_source in (
        ("community_initiative", "initiative_id", SQL("SELECT id, user_id FROM %s", INITIATIVES)),
        ("community_coalition", "coalition_id", SQL("SELECT id, user_id FROM %s", COALITIONS)),
        (
            "community_community",
            "community_id",
            SQL(
                "SELECT %s, %s FROM %s",
                SQL.identifier(community_users.column1),
                SQL.identifier(community_users.column2),
                SQL.identifier(community_users.relation),
            ),
        ),
    ):
        env.cr.execute(
            SQL(
                """
                INSERT INTO community_responsibility (%(link)s, user_id, date_start, company_id,
                                                      create_uid, create_date, write_uid,
                                                      write_date)
                SELECT record.id, responsible.user_id, record.create_date, record.company_id,
                       %(uid)s, now() at time zone 'UTC', %(uid)s, now() at time zone 'UTC'
                  FROM %(table)s record
                  JOIN (%(users)s) responsible (record_id, user_id)
                    ON responsible.record_id = record.id
                 WHERE responsible.user_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM community_responsibility line
                                    WHERE line.%(link)s = record.id)
                """,
                link=SQL.identifier(link),
                table=SQL.identifier(table),
                users=user_source,
                uid=SUPERUSER_ID,
            )
        )
    env["community.responsibility"].invalidate_model()
