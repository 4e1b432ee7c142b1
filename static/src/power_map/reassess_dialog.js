import { Component, useState } from "@odoo/owl";
import { Dialog } from "@web/core/dialog/dialog";

/** Asks for the evidence of a move on the power map before it is recorded. */
export class ReassessDialog extends Component {
    static template = "community_work.ReassessDialog";
    static components = { Dialog };
    static props = {
        targetName: String,
        fromLabel: String,
        toLabel: String,
        confirm: Function,
        close: Function,
    };

    setup() {
        this.state = useState({ evidence: "", saving: false });
    }

    get canConfirm() {
        return this.state.evidence.trim() && !this.state.saving;
    }

    async onConfirm() {
        if (!this.canConfirm) {
            return;
        }
        this.state.saving = true;
        try {
            await this.props.confirm(this.state.evidence.trim());
            this.props.close();
        } finally {
            this.state.saving = false;
        }
    }
}
