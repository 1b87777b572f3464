//! Rights, and the one table of which right each action needs.

use std::fmt;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Right {
    ViewUsers,
    EditUsers,
    ManageRoles,
    AssignCredits,
    UseCredits,
    Purchase,
    ManageBilling,
    ManageSettings,
    ViewAudit,
}

impl Right {
    pub const ALL: [Right; 9] = [
        Right::ViewUsers,
        Right::EditUsers,
        Right::ManageRoles,
        Right::AssignCredits,
        Right::UseCredits,
        Right::Purchase,
        Right::ManageBilling,
        Right::ManageSettings,
        Right::ViewAudit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Right::ViewUsers => "view-users",
            Right::EditUsers => "edit-users",
            Right::ManageRoles => "manage-roles",
            Right::AssignCredits => "assign-credits",
            Right::UseCredits => "use-credits",
            Right::Purchase => "purchase",
            Right::ManageBilling => "manage-billing",
            Right::ManageSettings => "manage-settings",
            Right::ViewAudit => "view-audit",
        }
    }

    pub fn parse(s: &str) -> Result<Right> {
        Right::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                Error::invalid(format!("'{s}' is not a right")).hint(format!(
                    "rights are: {}",
                    Right::ALL.map(|r| r.as_str()).join(", ")
                ))
            })
    }
}

impl fmt::Display for Right {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything an actor can do. `rights()` is the table SPEC section 4 gives:
/// the actor needs all of them, unless `or_self()` and they act on themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    UserAdd,
    UserAddWithRoles,
    UserImportWithRoles,
    UserList,
    UserShow,
    UserEdit,
    UserActivate,
    UserDeactivate,
    UserDelete,
    UserResetPassword,
    UserImport,
    UserOffboard,
    UserOffboardAdmin,
    RoleList,
    RoleAdd,
    RoleRemove,
    RoleGrant,
    RoleRevoke,
    KindAdd,
    KindList,
    CreditsTopup,
    CreditsAssign,
    CreditsReverse,
    CreditsExpire,
    CreditsImport,
    CreditsBalance,
    CreditsHistory,
    CreditsRequest,
    CreditsRequestCancel,
    CreditsRequests,
    CreditsUse,
    CreditsUsage,
    CreditsAlertSet,
    CreditsAlertRemove,
    CreditsAlertList,
    OwnerSet,
    OwnerClear,
    OwnerLimit,
    OwnerShow,
    OwnerList,
    Overview,
    PlanAdd,
    PlanRemove,
    PlanList,
    BillingInfoSet,
    BillingInfoShow,
    OrderPlace,
    OrderCancel,
    OrderHistory,
    BillingSetPrice,
    BillingStatus,
    BillingInvoice,
    BillingInvoices,
    SettingsList,
    SettingsSet,
    SettingsUnset,
    MailList,
    MailSend,
    MailRetry,
    MailCancel,
    Audit,
    ReportUsage,
    ReportLedger,
    ReportSeats,
    Restore,
    DbCopy,
    /// Creating the organization: there is no actor yet.
    Init,
    /// Acting at all: refused to a deactivated or deleted actor.
    Act,
}

use Right::*;

impl Action {
    /// (audit name, rights needed, whether acting on oneself needs none)
    const fn spec(self) -> (&'static str, &'static [Right], bool) {
        match self {
            Action::UserAdd => ("user.add", &[EditUsers], false),
            Action::UserAddWithRoles => ("user.add", &[EditUsers, ManageRoles], false),
            Action::UserImportWithRoles => ("user.import", &[EditUsers, ManageRoles], false),
            Action::UserList => ("user.list", &[ViewUsers], false),
            Action::UserShow => ("user.show", &[ViewUsers], true),
            Action::UserEdit => ("user.edit", &[EditUsers], false),
            Action::UserActivate => ("user.activate", &[EditUsers], false),
            Action::UserDeactivate => ("user.deactivate", &[EditUsers], false),
            Action::UserDelete => ("user.delete", &[EditUsers], false),
            Action::UserResetPassword => ("user.reset-password", &[EditUsers], false),
            Action::UserImport => ("user.import", &[EditUsers], false),
            Action::UserOffboard => ("user.offboard", &[EditUsers, AssignCredits], false),
            Action::UserOffboardAdmin => (
                "user.offboard",
                &[EditUsers, AssignCredits, ManageRoles],
                false,
            ),
            Action::RoleList => ("role.list", &[ViewUsers], false),
            Action::RoleAdd => ("role.add", &[ManageRoles], false),
            Action::RoleRemove => ("role.remove", &[ManageRoles], false),
            Action::RoleGrant => ("role.grant", &[ManageRoles], false),
            Action::RoleRevoke => ("role.revoke", &[ManageRoles], false),
            Action::KindAdd => ("credits.kind.add", &[AssignCredits], false),
            Action::KindList => ("credits.kind.list", &[], false),
            Action::CreditsTopup => ("credits.topup", &[AssignCredits], false),
            Action::CreditsAssign => ("credits.assign", &[AssignCredits], false),
            Action::CreditsReverse => ("credits.reverse", &[AssignCredits], false),
            Action::CreditsExpire => ("credits.expire", &[AssignCredits], false),
            Action::CreditsImport => ("credits.import", &[AssignCredits], false),
            Action::CreditsBalance => ("credits.balance", &[ViewUsers], true),
            Action::CreditsHistory => ("credits.history", &[ViewUsers], true),
            Action::CreditsRequest => ("credits.request", &[AssignCredits], false),
            Action::CreditsRequestCancel => ("credits.request.cancel", &[AssignCredits], false),
            Action::CreditsRequests => ("credits.requests", &[AssignCredits], false),
            Action::CreditsUse => ("credits.use", &[UseCredits], true),
            Action::CreditsUsage => ("credits.usage", &[ViewUsers], true),
            Action::CreditsAlertSet => ("credits.alert.set", &[AssignCredits], false),
            Action::CreditsAlertRemove => ("credits.alert.remove", &[AssignCredits], false),
            Action::CreditsAlertList => ("credits.alert.list", &[AssignCredits], false),
            Action::OwnerSet => ("owner.set", &[ViewUsers, EditUsers], false),
            Action::OwnerClear => ("owner.clear", &[ViewUsers, EditUsers], false),
            Action::OwnerLimit => ("owner.limit", &[ViewUsers, EditUsers], false),
            Action::OwnerShow => ("owner.show", &[ViewUsers], true),
            Action::OwnerList => ("owner.list", &[ViewUsers], false),
            Action::Overview => ("overview", &[ViewUsers], true),
            Action::PlanAdd => ("plan.add", &[ManageBilling], false),
            Action::PlanRemove => ("plan.remove", &[ManageBilling], false),
            Action::PlanList => ("plan.list", &[], false),
            Action::BillingInfoSet => ("billing-info.set", &[ManageBilling], true),
            Action::BillingInfoShow => ("billing-info.show", &[ManageBilling], true),
            Action::OrderPlace => ("order.place", &[Purchase], true),
            Action::OrderCancel => ("order.cancel", &[AssignCredits], false),
            Action::OrderHistory => ("order.history", &[ViewUsers], true),
            Action::BillingSetPrice => ("billing.set-price", &[ManageBilling], false),
            Action::BillingStatus => ("billing.status", &[ManageBilling], false),
            Action::BillingInvoice => ("billing.invoice", &[ManageBilling], false),
            Action::BillingInvoices => ("billing.invoices", &[ManageBilling], false),
            Action::SettingsList => ("settings.list", &[ManageSettings], false),
            Action::SettingsSet => ("settings.set", &[ManageSettings], false),
            Action::SettingsUnset => ("settings.unset", &[ManageSettings], false),
            Action::MailList => ("mail.list", &[ManageSettings], false),
            Action::MailSend => ("mail.send", &[ManageSettings], false),
            Action::MailRetry => ("mail.retry", &[ManageSettings], false),
            Action::MailCancel => ("mail.cancel", &[ManageSettings], false),
            Action::Audit => ("audit", &[ViewAudit], false),
            // The organization's consumption and every transfer: read as
            // the audit log is, by whoever reviews what happened.
            Action::ReportUsage => ("report.usage", &[ViewAudit], false),
            Action::ReportLedger => ("report.ledger", &[ViewAudit], false),
            // Seat invoices and who was active when: billing's.
            Action::ReportSeats => ("report.seats", &[ManageBilling], false),
            // Whoever may replace the file may restore it: the file's own
            // permissions are the control, as for backup and verify.
            Action::Restore => ("restore", &[], false),
            // Reading everything, like backup: the database's own access
            // control is what guards it.
            Action::DbCopy => ("db.copy", &[], false),
            Action::Init => ("init", &[], false),
            Action::Act => ("act", &[], false),
        }
    }

    pub fn name(self) -> &'static str {
        self.spec().0
    }

    pub fn rights(self) -> &'static [Right] {
        self.spec().1
    }

    pub fn or_self(self) -> bool {
        self.spec().2
    }
}
