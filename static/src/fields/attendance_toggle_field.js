import { useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useRecordObserver } from "@web/model/relational_model/utils";
import {
    BooleanToggleField,
    booleanToggleField,
} from "@web/views/fields/boolean_toggle/boolean_toggle_field";

/**
 * The "came" switch of a roll-call line: one tap marks the person as having come;
 * untapped, they are invited (before the meeting) or absent (once it is held).
 * It edits the line's status, so apologies and the like stay as they are.
 */
export class AttendanceToggleField extends BooleanToggleField {
    setup() {
        this.state = useState({});
        useRecordObserver((record) => {
            this.state.value = record.data[this.props.name] === "attended";
        });
    }

    async onChange(came) {
        this.state.value = came;
        const { record, name } = this.props;
        let status = "attended";
        if (!came) {
            status = record.data.meeting_state === "planned" ? "invited" : "absent";
        }
        await record.update({ [name]: status });
    }
}

registry.category("fields").add("attendance_toggle", {
    ...booleanToggleField,
    component: AttendanceToggleField,
    displayName: _t("Came"),
    supportedOptions: [],
    supportedTypes: ["selection"],
    extractProps: (fieldInfo, dynamicInfo) => ({ readonly: dynamicInfo.readonly }),
});
