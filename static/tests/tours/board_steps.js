/**
 * Steps shared by the board tours: quick-create a group in a stage's column.
 */
export function quickCreateSteps(stage, name, community) {
    return [
        {
            content: `Quickly add a group to the stage “${stage}”`,
            trigger: `.o_kanban_group:contains('${stage}') .o_kanban_quick_add`,
            run: "click",
        },
        {
            trigger: ".o_kanban_quick_create .o_field_widget[name=name] input",
            run: `edit ${name}`,
        },
        {
            trigger: ".o_kanban_quick_create .o_field_widget[name=community_id] input",
            run: `edit ${community}`,
        },
        {
            trigger: `.o-autocomplete--dropdown-item:contains('${community}')`,
            run: "click",
        },
        {
            trigger: ".o_kanban_quick_create .o_kanban_add",
            run: "click",
        },
        {
            content: `The new group stands in the stage “${stage}”`,
            trigger: `.o_kanban_group:contains('${stage}') .o_kanban_record:contains('${name}')`,
        },
    ];
}
