import { registry } from "@web/core/registry";
import { Many2XAutocomplete } from "@web/views/fields/relational_utils";
import { Many2OneField, many2OneField } from "@web/views/fields/many2one/many2one_field";
import {
    Many2ManyTagsField,
    many2ManyTagsField,
} from "@web/views/fields/many2many_tags/many2many_tags_field";

/**
 * On a phone, Odoo's relational fields open a search dialog instead of suggesting as
 * one types. Roll calls are taken on phones in the meeting room: these variants keep
 * the type-ahead (and "Create ..." for a new name) at every screen size.
 */
export class TypeAheadMany2XAutocomplete extends Many2XAutocomplete {
    static template = "community_work.TypeAheadMany2XAutocomplete";
}

export class TypeAheadMany2OneField extends Many2OneField {
    static components = {
        ...Many2OneField.components,
        Many2XAutocomplete: TypeAheadMany2XAutocomplete,
    };
}

export class TypeAheadMany2ManyTagsField extends Many2ManyTagsField {
    static components = {
        ...Many2ManyTagsField.components,
        Many2XAutocomplete: TypeAheadMany2XAutocomplete,
    };
}

registry.category("fields").add("many2one_typeahead", {
    ...many2OneField,
    component: TypeAheadMany2OneField,
});
registry.category("fields").add("many2many_tags_typeahead", {
    ...many2ManyTagsField,
    component: TypeAheadMany2ManyTagsField,
});
