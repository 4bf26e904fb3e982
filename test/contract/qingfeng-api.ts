// Generated from the api's OpenAPI document by test/e2e/api-contract.e2e-spec.ts; do not edit.
// Regenerate: QF_UPDATE_API_TYPES=1 npx jest test/e2e/api-contract.e2e-spec.ts
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_totpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_totpConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffAccountsController_list"];
        put?: never;
        post: operations["StaffAccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["StaffAccountsController_update"];
        trace?: never;
    };
    "/api/v1/staff/{id}/enrolment-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffAccountsController_enrolmentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffAccountsController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffAccountsController_revokeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffAccountsController_resetTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/reset-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffAccountsController_resetRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/reset-requests/{requestId}/{decision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffAccountsController_decideReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/cadre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["StaffAccountsController_linkCadre"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadre-relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CadreRelationsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadre-relations/{cadreId}/{relatedCadreId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CadreRelationsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CadresController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CadresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CadresController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CadresController_sanction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CadresController_finding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CadresController_investigation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CadresController_fileAudit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/personal-matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CadresController_personalMatters"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-matters/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CadresController_draw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-matters/draws/{year}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CadresController_verifyDraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CadresController_quotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CadresController_setQuota"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CadresController_addName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a roster (XLSX or CSV, Chinese headers) as the multipart field `file`
         * @description mode=ALL_OR_NOTHING (default): any bad row refuses the whole file (422, rows listed, nothing changed). mode=SKIP_INVALID: good rows are applied, bad rows reported. Re-import updates people by 人员编号.
         */
        post: operations["RosterController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FileAuditController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FileAuditController_addEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["FileAuditController_removeEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file/doubts/{doubtId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FileAuditController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["FileAuditController_complete"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file/worksheet.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FileAuditController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadres/{id}/file/worksheet.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FileAuditController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffReportsController_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffReportsController_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TriageInboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TriageInboxController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_category"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/subjects/{subjectId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_confirmSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/subjects/{subjectId}/unlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_unlinkSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/disposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_dispose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_finding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TriageInboxController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-requests/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VerificationController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/verification-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationStaffController_forReport"];
        put?: never;
        post: operations["VerificationStaffController_requestFromCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationStaffController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationStaffController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationStaffController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationStaffController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-requests/{id}/press": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VerificationStaffController_press"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification-requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VerificationStaffController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgenciesController_list"];
        put?: never;
        post: operations["AgenciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AgenciesController_update"];
        trace?: never;
    };
    "/api/v1/reports/{id}/identity-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IdentityAccessController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-requests/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IdentityAccessController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IdentityAccessController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IdentityAccessController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IdentityAccessController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-requests/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IdentityAccessController_reveal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a tip (web channel)
         * @description JSON body; or multipart/form-data with the same JSON in a field named `json` and the attachments as file parts.
         */
        post: operations["PublicReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicReportsController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicReportsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VettingController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VettingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VettingController_candidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/runs/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicityController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicityController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/notices/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicityController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicityController_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/probations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicityController_probations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/probations/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicityController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/sheet.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VettingDocumentsController_sheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/runs/{id}/slate.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VettingDocumentsController_slate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/prior-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PriorReportController_view"];
        put?: never;
        post: operations["PriorReportController_sent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/prior-report/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PriorReportController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentRecordController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentRecordController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentRecordController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record/motion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentRecordController_motion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentRecordController_recommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentRecordController_inspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vetting/candidates/{id}/record/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentRecordController_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_list"];
        put?: never;
        post: operations["MeetingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeetingsController_update"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/agenda/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/agenda/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["MeetingsController_reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["MeetingsController_removeItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["MeetingsController_attendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/items/{itemId}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["MeetingsController_opinions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/items/{itemId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_minutesDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/sms/twilio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio-compatible inbound SMS (form-encoded, X-Twilio-Signature) */
        post: operations["SmsWebhooksController_twilioSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/sms/generic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generic inbound SMS (JSON, X-Qf-Timestamp + X-Qf-Signature HMAC-SHA256) */
        post: operations["SmsWebhooksController_genericSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hotline/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a hotline call
         * @description JSON body; or multipart/form-data with the same JSON in a field named `json` and the call recording (audio) as a file part.
         */
        post: operations["HotlineController_recordCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hotline/voicemails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voicemail / IVR tips waiting for a transcript */
        get: operations["HotlineController_voicemails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hotline/voicemails/{callId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["HotlineController_transcribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/telephony/voicemail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voicemail / IVR message: makes a tip waiting for an operator transcript (idempotent on callId) */
        post: operations["TelephonyWebhookController_voicemail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Agency: {
            code: string;
            name: string;
            /** @description 别名（转办时可用） */
            aliases: string[];
            /** @description 是否出具廉政意见（任前审查必须征求） */
            integrityOpinion: boolean;
            /** @description 接收通知的邮箱 */
            noticeEmail: string | null;
            /** @description 督办时抄送的负责人邮箱 */
            leadEmail: string | null;
            active: boolean;
        };
        ListAgenciesResult: components["schemas"]["Agency"][];
        CreateAgenciesBody: {
            code: string;
            name: string;
            /** @default [] */
            aliases: string[];
            /** @default false */
            integrityOpinion: boolean;
            /** Format: email */
            noticeEmail?: string | null;
            /** Format: email */
            leadEmail?: string | null;
        };
        UpdateAgenciesBody: {
            name?: string;
            /** @default [] */
            aliases: string[];
            /** @default false */
            integrityOpinion: boolean;
            /** Format: email */
            noticeEmail?: string | null;
            /** Format: email */
            leadEmail?: string | null;
            active?: boolean;
        };
        AgencyRequestSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            /**
             * @description OPINION 征求意见，VERIFICATION 核查
             * @enum {string}
             */
            kind: "OPINION" | "VERIFICATION";
            /**
             * @description SENT 已发出，READ 已阅，ANSWERED 已答复，OVERDUE 逾期，CANCELLED 已撤回
             * @enum {string}
             */
            state: "SENT" | "READ" | "ANSWERED" | "OVERDUE" | "CANCELLED";
            stateLabel: string;
            sentOn: string;
            dueOn: string;
            /** @description 所涉干部（名册中的干部） */
            subject: {
                name: string;
                post: string;
            } | null;
        };
        ListVerificationResult: components["schemas"]["AgencyRequestSummary"][];
        AgencyRequestDetail: {
            /** Format: uuid */
            id: string;
            number: string;
            /**
             * @description OPINION 征求意见，VERIFICATION 核查
             * @enum {string}
             */
            kind: "OPINION" | "VERIFICATION";
            /**
             * @description SENT 已发出，READ 已阅，ANSWERED 已答复，OVERDUE 逾期，CANCELLED 已撤回
             * @enum {string}
             */
            state: "SENT" | "READ" | "ANSWERED" | "OVERDUE" | "CANCELLED";
            stateLabel: string;
            sentOn: string;
            dueOn: string;
            /** @description 所涉干部（名册中的干部） */
            subject: {
                name: string;
                post: string;
            } | null;
            agencyName: string;
            question: string;
            extract: string | null;
            attachments: components["schemas"]["RequestAttachment"][];
            /** @description 历次答复，按时间先后 */
            replies: {
                version: number;
                /** @enum {string} */
                result: "NO_ADVERSE" | "ADVERSE" | "NOT_REMIT" | "MORE_TIME";
                resultLabel: string;
                newDueOn: string | null;
                body: string;
                repliedAt: string;
                attachments: components["schemas"]["RequestAttachment"][];
            }[];
        };
        RequestAttachment: {
            /** Format: uuid */
            id: string;
            name: string;
            mediaType: string;
            sizeBytes: number;
            /** @description false 表示该类型文件的元数据无法清除（元数据未清除） */
            metadataRemoved: boolean;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description 下一页：把它作为 before 传入 */
            nextBefore: number | null;
        };
        AuditEntry: {
            /** @description 序号（连续，断号即有记录被删） */
            seq: number;
            at: string;
            /** @description STAFF 工作人员，REPORTER 举报人，SYSTEM 系统，CLI 命令行 */
            actorKind: string;
            actorId: string | null;
            actorName: string | null;
            /** @description 操作代码（中文说明见控制台审计页） */
            action: string;
            targetType: string | null;
            targetId: string | null;
            outcome: string;
            status: number | null;
            ip: string | null;
            requestId: string | null;
            details: {
                [key: string]: unknown;
            };
            /** @description 本条记录的链式哈希 */
            hash: string;
        };
        ChainVerdict: {
            /** @enum {boolean} */
            ok: true;
            rows: number;
            lastSeq: number;
        } | {
            /** @enum {boolean} */
            ok: false;
            rows: number;
            /** @description 第一条对不上的记录 */
            brokenSeq: number;
            reason: string;
        };
        LoginAuthBody: {
            username: string;
            password: string;
            totp?: string;
        };
        LoginResult: {
            /** @description 会话令牌：请求时放在 Authorization: Bearer 中 */
            token: string;
            expiresAt: string;
            user: {
                username: string;
                displayName: string;
                roles: string[];
            };
            /** @description 该角色须启用两步验证而尚未设置：此会话只能设置两步验证 */
            totpSetupRequired: boolean;
        };
        RevokedSessions: {
            /** @description 结束的会话数 */
            revokedSessions: number;
        };
        Me: {
            username: string;
            displayName: string;
            roles: string[];
            /** @description 联络员所属成员单位 */
            agencyCode: string | null;
            totpSetupRequired: boolean;
        };
        TotpConfirmAuthBody: {
            code: string;
            enrolmentToken?: string;
        };
        TotpSetup: {
            /** @description 两步验证密钥，只显示一次 */
            secret: string;
            /** @description otpauth:// 链接，可生成二维码 */
            otpauthUrl: string;
        };
        RecordCadreRelationsBody: {
            /** Format: uuid */
            cadreId: string;
            /** Format: uuid */
            relatedCadreId: string;
            /**
             * @description relatedCadreId 是 cadreId 的什么人
             * @enum {string}
             */
            kind: "SPOUSE" | "PARENT" | "CHILD" | "SIBLING" | "IN_LAW" | "OTHER_CLOSE";
        };
        CadreList: {
            items: components["schemas"]["CadreSummary"][];
            total: number;
        };
        CadreSummary: {
            /** Format: uuid */
            id: string;
            /** @description 人员编号 */
            personNo: string;
            name: string;
            surname: string;
            gender: string;
            /** @description 出生年月（YYYY-MM） */
            birthMonth: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            post: string;
            /** @description 职级 */
            level: string | null;
        };
        CadreDetail: {
            /** Format: uuid */
            id: string;
            /** @description 人员编号 */
            personNo: string;
            name: string;
            surname: string;
            gender: string;
            /** @description 出生年月（YYYY-MM） */
            birthMonth: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            post: string;
            /** @description 职级 */
            level: string | null;
            ethnicity: string | null;
            nativePlace: string | null;
            /** @description 入党时间 */
            partyMonth: string | null;
            /** @description 参加工作时间 */
            workMonth: string | null;
            education: string | null;
            /** @description 任现职时间 */
            postSince: string | null;
            statusKind: string | null;
            /** @description 是否正在接受组织调查 */
            underInvestigation: boolean;
            investigationSince: string | null;
            /** @description 档案专审日期 */
            fileAuditedOn: string | null;
            posts: {
                unitName: string;
                post: string;
                level: string | null;
                started: string | null;
                ended: string | null;
            }[];
            sanctions: {
                /** Format: uuid */
                id: string;
                kind: string;
                kindLabel: string;
                effectiveOn: string;
                /** @description 影响期至 */
                influenceUntil: string;
                probationMonths: number | null;
                note: string | null;
            }[];
            personalMatters: {
                year: number;
                status: string;
                checkedOn: string | null;
                checkReason: string | null;
                detail: string | null;
            }[];
            /** @description 核查结论；无权查看举报的账号为 null */
            findings: {
                /** Format: uuid */
                id: string;
                outcome: string;
                concludedOn: string;
                summary: string | null;
                reportId: string | null;
                reportNumber: string | null;
            }[] | null;
            /** @description 关联到该干部的举报（回避的除外）；无权查看举报的账号为 null */
            linkedReports: {
                /** Format: uuid */
                reportId: string;
                number: string;
                status: string;
                /** Format: date-time */
                receivedAt: string;
            }[] | null;
        };
        FileAudit: {
            /** Format: uuid */
            cadreId: string;
            name: string;
            personNo: string;
            /** @description 档案审核完成日期 */
            fileAuditedOn: string | null;
            entries: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                fact: "BIRTH" | "PARTY" | "WORK_START" | "EDUCATION" | "WORK_HISTORY" | "CADRE_STATUS";
                statedDate: string | null;
                fromDate: string | null;
                toDate: string | null;
                /** @enum {string|null} */
                educationLevel: "DOCTORATE" | "MASTER" | "BACHELOR" | "COLLEGE" | "SECONDARY" | "HIGH_SCHOOL" | "JUNIOR" | null;
                institution: string | null;
                diploma: boolean | null;
                fullTime: boolean | null;
                unit: string | null;
                post: string | null;
                status: string | null;
                /** @enum {string} */
                source: "CADRE_RESUME" | "CADRE_REGISTRATION" | "PARTY_APPLICATION" | "RECRUITMENT_APPROVAL" | "REGULARIZATION" | "EDUCATION_PROOF" | "APPOINTMENT_APPROVAL" | "WAGE_APPROVAL" | "OTHER";
                documentDate: string;
                filledBySelf: boolean;
                note: string | null;
                /** @description 录入时间（ISO 8601） */
                enteredAt: string;
            }[];
            /** @description 按当前记载运行审核规则得出的认定 */
            determinations: {
                /** @enum {string} */
                fact: "BIRTH" | "PARTY" | "WORK_START" | "EDUCATION" | "WORK_HISTORY" | "CADRE_STATUS";
                /** @description 认定结果；null 表示尚不能认定 */
                value: string | null;
                /** @description 认定所依据的记载 */
                basis: string[];
                /** @description 认定理由 */
                reasons: string[];
            }[];
            /** @description 完成审核时确认并保存的认定（名册导入以此为准） */
            confirmed: {
                /** @enum {string} */
                fact: "BIRTH" | "PARTY" | "WORK_START" | "EDUCATION" | "WORK_HISTORY" | "CADRE_STATUS";
                /** @description 认定结果；null 表示尚不能认定 */
                value: string | null;
                /** @description 认定所依据的记载 */
                basis: string[];
                /** @description 认定理由 */
                reasons: string[];
                determinedOn: string;
            }[];
            doubts: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                rule: "BIRTH_CONFLICT" | "BIRTH_DOUBLE_BENEFIT" | "WORK_START_CONFLICT" | "WORK_START_UNSUPPORTED" | "PARTY_CONFLICT" | "PARTY_UNDER_AGE" | "EDUCATION_NO_DIPLOMA" | "EDUCATION_OVERLAPS_WORK" | "WORK_HISTORY_GAP" | "WORK_HISTORY_OVERLAP" | "POST_BEFORE_UNIT" | "CADRE_STATUS_CONFLICT" | "ROSTER_CONFLICT";
                /** @enum {string} */
                fact: "BIRTH" | "PARTY" | "WORK_START" | "EDUCATION" | "WORK_HISTORY" | "CADRE_STATUS";
                message: string;
                entryIds: string[];
                /** @enum {string} */
                status: "OPEN" | "RESOLVED";
                resolution: string | null;
                resolvedAt: string | null;
                openedAt: string;
            }[];
            openDoubts: number;
        };
        FileAuditCadresBody: {
            auditedOn: string | null;
            note?: string;
        };
        CompleteFileAuditBody: {
            auditedOn: string;
            note?: string;
        };
        ResolveFileAuditBody: {
            resolution: string;
        };
        AddEntryFileAuditBody: {
            /** @enum {string} */
            fact: "BIRTH" | "PARTY" | "WORK_START" | "EDUCATION" | "WORK_HISTORY" | "CADRE_STATUS";
            statedDate?: string;
            fromDate?: string;
            toDate?: string;
            /** @enum {string} */
            educationLevel?: "DOCTORATE" | "MASTER" | "BACHELOR" | "COLLEGE" | "SECONDARY" | "HIGH_SCHOOL" | "JUNIOR";
            institution?: string;
            diploma?: boolean;
            fullTime?: boolean;
            unit?: string;
            post?: string;
            status?: string;
            /** @enum {string} */
            source: "CADRE_RESUME" | "CADRE_REGISTRATION" | "PARTY_APPLICATION" | "RECRUITMENT_APPROVAL" | "REGULARIZATION" | "EDUCATION_PROOF" | "APPOINTMENT_APPROVAL" | "WAGE_APPROVAL" | "OTHER";
            documentDate: string;
            filledBySelf: boolean;
            note?: string;
        };
        FileEntryAdded: {
            /** Format: uuid */
            id: string;
            /** @description 本条记载新引出的存疑事项（按规则） */
            opened: ("BIRTH_CONFLICT" | "BIRTH_DOUBLE_BENEFIT" | "WORK_START_CONFLICT" | "WORK_START_UNSUPPORTED" | "PARTY_CONFLICT" | "PARTY_UNDER_AGE" | "EDUCATION_NO_DIPLOMA" | "EDUCATION_OVERLAPS_WORK" | "WORK_HISTORY_GAP" | "WORK_HISTORY_OVERLAP" | "POST_BEFORE_UNIT" | "CADRE_STATUS_CONFLICT" | "ROSTER_CONFLICT")[];
            /** @description 因本条记载不再存疑而撤销的事项 */
            withdrawn: ("BIRTH_CONFLICT" | "BIRTH_DOUBLE_BENEFIT" | "WORK_START_CONFLICT" | "WORK_START_UNSUPPORTED" | "PARTY_CONFLICT" | "PARTY_UNDER_AGE" | "EDUCATION_NO_DIPLOMA" | "EDUCATION_OVERLAPS_WORK" | "WORK_HISTORY_GAP" | "WORK_HISTORY_OVERLAP" | "POST_BEFORE_UNIT" | "CADRE_STATUS_CONFLICT" | "ROSTER_CONFLICT")[];
        };
        FindingCadresBody: {
            reportId?: unknown;
            source?: string;
            /** @enum {string} */
            outcome: "SUBSTANTIATED" | "PARTLY" | "UNSUBSTANTIATED" | "UNVERIFIABLE";
            concludedOn: string;
            summary?: string;
            sanction?: {
                /** @enum {string} */
                kind: "ADMONISHMENT" | "PARTY_WARNING" | "PARTY_SERIOUS_WARNING" | "PARTY_POST_REMOVAL" | "PARTY_PROBATION" | "GOV_WARNING" | "GOV_DEMERIT" | "GOV_MAJOR_DEMERIT" | "GOV_DEMOTION" | "GOV_DISMISSAL" | "RESIGNATION_FOR_FAULT" | "ORDERED_RESIGNATION" | "REMOVAL_FROM_POST";
                effectiveOn: string;
                probationMonths?: 12 | 24;
            };
        };
        FindingRecord: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description 同时记录的处分
             */
            sanctionId: string | null;
        };
        InvestigationCadresBody: {
            underInvestigation: boolean;
            since?: string;
            note?: string;
        };
        PersonalMattersCadresBody: {
            year: number;
            /** @enum {string} */
            status: "NOT_VERIFIED" | "CONSISTENT" | "OMISSION" | "CONCEALMENT";
            checkedOn?: string;
            /** @enum {string} */
            checkReason?: "RANDOM" | "PROMOTION" | "TIP";
            detail?: string;
            explainedOn?: string;
        };
        LinkCadresBody: {
            /** Format: uuid */
            reportId: string;
        };
        LinkResult: {
            /** @description false 表示原已关联 */
            linked: boolean;
        };
        SanctionCadresBody: {
            /** @enum {string} */
            kind: "ADMONISHMENT" | "PARTY_WARNING" | "PARTY_SERIOUS_WARNING" | "PARTY_POST_REMOVAL" | "PARTY_PROBATION" | "GOV_WARNING" | "GOV_DEMERIT" | "GOV_MAJOR_DEMERIT" | "GOV_DEMOTION" | "GOV_DISMISSAL" | "RESIGNATION_FOR_FAULT" | "ORDERED_RESIGNATION" | "REMOVAL_FROM_POST";
            effectiveOn: string;
            probationMonths?: 12 | 24;
            /** Format: uuid */
            reportId?: string;
            note?: string;
        };
        Created: {
            /** Format: uuid */
            id: string;
        };
        HotlineCall: {
            callerNumber?: string;
            /** Format: date-time */
            startedAt: string;
            durationSeconds: number;
            language: string;
            transcript: string;
            subjects?: {
                name?: string;
                unit?: string;
                post?: string;
                note?: string;
            }[];
            /** @enum {string} */
            category?: "RUNNING_FOR_OFFICE" | "CANVASSING_BRIBERY" | "OFFICE_BUYING" | "INTERFERENCE" | "RUSH_PROMOTION" | "IRREGULAR_APPOINTMENT" | "OVER_QUOTA" | "FILE_FALSIFICATION" | "PROMOTED_WITH_PROBLEMS" | "PERSONAL_MATTERS_CONCEALMENT" | "NAKED_OFFICIAL_PASSPORT" | "ILLEGAL_SIDE_JOB" | "OTHER_ORG_DISCIPLINE" | "OUT_OF_SCOPE";
            incidentTime?: string;
            incidentPlace?: string;
            anonymous: boolean;
            reporter?: {
                name: string;
                phone?: string;
                idNumber?: string;
            };
            callbackWanted: boolean;
            readBack: {
                /** @enum {boolean} */
                confirmed: true;
            } | {
                /** @enum {boolean} */
                confirmed: false;
                corrections: string;
            };
            /** @enum {string} */
            receiptDelivery: "READ_OUT" | "SMS";
        };
        HotlineCallResult: {
            callId: string;
            /** Format: uuid */
            reportId: string;
            reportNumber: string;
            receivedAt: string;
            /**
             * @description READ_OUT 当面读给来电人，SMS 短信发送
             * @enum {string}
             */
            receiptDelivery: "READ_OUT" | "SMS";
            /** @description 查询码：仅当面读出时返回，之后不再显示 */
            receiptCode: string | null;
            recording: {
                mediaType: string;
                sizeBytes: number;
                sha256: string;
            } | null;
        };
        Voicemail: {
            callId: string;
            /** Format: uuid */
            reportId: string;
            reportNumber: string;
            startedAt: string;
            durationSeconds: number | null;
            hasRecording: boolean;
            receivedAt: string;
        };
        VoicemailsHotlineResult: components["schemas"]["Voicemail"][];
        Transcript: {
            transcript: string;
            language?: string;
            subjects?: {
                name?: string;
                unit?: string;
                post?: string;
                note?: string;
            }[];
            /** @enum {string} */
            category?: "RUNNING_FOR_OFFICE" | "CANVASSING_BRIBERY" | "OFFICE_BUYING" | "INTERFERENCE" | "RUSH_PROMOTION" | "IRREGULAR_APPOINTMENT" | "OVER_QUOTA" | "FILE_FALSIFICATION" | "PROMOTED_WITH_PROBLEMS" | "PERSONAL_MATTERS_CONCEALMENT" | "NAKED_OFFICIAL_PASSPORT" | "ILLEGAL_SIDE_JOB" | "OTHER_ORG_DISCIPLINE" | "OUT_OF_SCOPE";
        };
        TranscriptResult: {
            reportNumber: string;
        };
        IdentityRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reportId: string;
            reportNumber: string;
            requester: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            reason: string;
            /** @description PENDING 待审批，APPROVED 已批准，REFUSED 未批准，EXPIRED 已过期 */
            status: string;
            decidedBy: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string | null;
            /** @description 批准后可查看身份至 */
            expiresAt: string | null;
            createdAt: string;
        };
        ListIdentityAccessResult: components["schemas"]["IdentityRequest"][];
        ApproveIdentityAccessBody: {
            note?: string;
        };
        RevealedIdentity: {
            /** Format: uuid */
            reportId: string;
            reportNumber: string;
            name: string;
            phone: string;
            idNumber: string | null;
            visibleUntil: string;
        };
        RefuseIdentityAccessBody: {
            note?: string;
        };
        MineIdentityAccessResult: components["schemas"]["IdentityRequest"][];
        MeetingSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            title: string;
            heldOn: string;
            place: string;
            /** @description 召集人 */
            convener: string;
            /** @description 议题数 */
            items: number;
            /** @description 已作决定的议题数 */
            decided: number;
        };
        ListMeetingsResult: components["schemas"]["MeetingSummary"][];
        ScheduleMeetingsBody: {
            title?: string;
            heldOn: string;
            place: string;
            convener: string;
            invitedAgencies: string[];
        };
        Meeting: {
            /** Format: uuid */
            id: string;
            number: string;
            title: string;
            heldOn: string;
            place: string;
            convener: string;
            invitedAgencies: {
                code: string;
                name: string;
            }[];
            /** @description 会议纪要 */
            minutes: string;
            attendance: {
                agencyCode: string;
                agencyName: string;
                /** @enum {string} */
                status: "PRESENT" | "ABSENT" | "REPRESENTED";
                statusLabel: string;
                attendee: string | null;
                note: string | null;
            }[];
            items: components["schemas"]["AgendaItem"][];
            createdAt: string;
            updatedAt: string;
        };
        AgendaItem: {
            /** Format: uuid */
            id: string;
            position: number;
            /**
             * @description CASE 举报件，OVERDUE_REQUEST 逾期未复函，VETTING_CANDIDATE 拟任人选，FREE 其他
             * @enum {string}
             */
            kind: "CASE" | "OVERDUE_REQUEST" | "VETTING_CANDIDATE" | "FREE";
            subjectId: string | null;
            target: {
                /** @enum {string} */
                kind: "REPORT" | "VETTING_CANDIDATE";
                id: string;
            } | null;
            title: string;
            /** @description 列入议程的理由 */
            reasons: string[];
            /** @description 各成员单位意见 */
            opinions: {
                agencyCode: string;
                agencyName: string;
                opinion: string;
            }[];
            allowedDecisions: ("PROCEED" | "VERIFY_FURTHER" | "TRANSFER" | "CLOSE")[];
            decision: {
                /** @enum {string} */
                kind: "PROCEED" | "VERIFY_FURTHER" | "TRANSFER" | "CLOSE";
                label: string;
                note: string | null;
                dueOn: string | null;
                agencies: {
                    code: string;
                    name: string;
                }[];
                target: {
                    code: string;
                    name: string;
                } | null;
                requests: {
                    /** Format: uuid */
                    id: string;
                    number: string;
                    agencyCode: string;
                    dueOn: string;
                }[];
                /** @description 会议未达法定人数，了结或转办待审批人批准 */
                pendingApproval: boolean;
                /** @description 会议确认在任前审查“不能上会”的情况下仍按程序推进时，当时的不能上会理由 */
                againstBlock: string[];
                decidedAt: string;
            } | null;
        };
        UpdateMeetingsBody: {
            title?: string;
            heldOn?: string;
            place?: string;
            convener?: string;
            invitedAgencies?: string[];
            minutes?: string;
        };
        ReorderMeetingsBody: {
            itemIds: string[];
        };
        AttendanceMeetingsBody: {
            entries: {
                agencyCode: string;
                /** @enum {string} */
                status: "PRESENT" | "ABSENT" | "REPRESENTED";
                attendee?: string;
                note?: string;
            }[];
        };
        AddItemMeetingsBody: {
            title?: string;
            note?: string;
            reportId?: string;
            candidateId?: string;
        };
        DecideMeetingsBody: {
            /** @enum {string} */
            kind: "PROCEED" | "VERIFY_FURTHER" | "TRANSFER" | "CLOSE";
            note?: string;
            agencyCodes?: string[];
            dueOn?: string;
            question?: string;
            target?: string;
            confirmAgainstBlock?: boolean;
        };
        OpinionsMeetingsBody: {
            opinions: {
                agencyCode: string;
                opinion: string;
            }[];
        };
        DrawCadresBody: {
            year: number;
        };
        PersonalMattersDraw: {
            year: number;
            /** @description 随机种子（公开可复核） */
            seed: string;
            /** @description 抽查比例 */
            ratio: number;
            /** @description 参与抽取的人数 */
            population: number;
            /** @description 抽中的人员编号 */
            drawn: string[];
        };
        PersonalMattersDrawCheck: {
            year: number;
            seed: string;
            /** @description 按种子重新抽取的结果与记录一致 */
            matches: boolean;
            drawn: string[];
        };
        /**
         * @example {
         *       "anonymous": true,
         *       "subjects": [
         *         {
         *           "name": "王某某",
         *           "unit": "某县教育局",
         *           "post": "副局长"
         *         }
         *       ],
         *       "body": "2026年3月该局副科级干部选拔中，考察对象的民主推荐票数与公示不符，有人事先打招呼。"
         *     }
         */
        SubmitReport: {
            subjects: {
                name?: string;
                unit?: string;
                post?: string;
                note?: string;
            }[];
            /** @enum {string} */
            category?: "RUNNING_FOR_OFFICE" | "CANVASSING_BRIBERY" | "OFFICE_BUYING" | "INTERFERENCE" | "RUSH_PROMOTION" | "IRREGULAR_APPOINTMENT" | "OVER_QUOTA" | "FILE_FALSIFICATION" | "PROMOTED_WITH_PROBLEMS" | "PERSONAL_MATTERS_CONCEALMENT" | "NAKED_OFFICIAL_PASSPORT" | "ILLEGAL_SIDE_JOB" | "OTHER_ORG_DISCIPLINE" | "OUT_OF_SCOPE";
            body: string;
            incidentTime?: string;
            incidentPlace?: string;
            anonymous: boolean;
            reporter?: {
                name: string;
                phone: string;
                idNumber?: string | "";
            };
            /** Format: uuid */
            noticeId?: string;
            /** Format: uuid */
            noticeCandidateId?: string;
        };
        /**
         * @example {
         *       "reportNumber": "QF-2026-000123",
         *       "receiptCode": "K7QH-4M2X-9PLD-3WZR",
         *       "receivedAt": "2026-03-18T09:30:00.000Z",
         *       "attachments": 0
         *     }
         */
        SubmitReportResult: {
            /** @description 举报编号 */
            reportNumber: string;
            /** @description 查询码：凭此码查询办理进度、补充材料，只显示这一次 */
            receiptCode: string;
            /** @description 收到时间（ISO 8601） */
            receivedAt: string;
            /** @description 收到的附件数 */
            attachments: number;
        };
        /**
         * @example {
         *       "receiptCode": "K7QH-4M2X-9PLD-3WZR"
         *     }
         */
        Lookup: {
            receiptCode: string;
        };
        ReporterView: {
            reportNumber: string;
            /**
             * @description ACCEPTED 已受理，IN_PROGRESS 办理中，CONCLUDED 已办结
             * @enum {string}
             */
            status: "ACCEPTED" | "IN_PROGRESS" | "CONCLUDED";
            /** @description 状态的中文名称 */
            statusLabel: string;
            receivedAt: string;
            /** @description 办结时告知举报人的结果 */
            outcome: string | null;
            messages: {
                /** @enum {string} */
                from: "REPORTER" | "STAFF";
                body: string;
                createdAt: string;
                attachments: number;
            }[];
        };
        /**
         * @example {
         *       "receiptCode": "K7QH-4M2X-9PLD-3WZR",
         *       "message": "补充：推荐会当天的签到表与实际到会人数不符。"
         *     }
         */
        ReporterReply: {
            receiptCode: string;
            message: string;
        };
        QuotaLine: {
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @description 职级 */
            level: string;
            /** @description 核定职数；未录入时为 null */
            approved: number | null;
            /** @description 实际配备 */
            occupied: number;
            /** @description 超配人数（实际配备 − 核定职数）；未录入职数时为 null */
            over: number | null;
        };
        QuotasCadresResult: components["schemas"]["QuotaLine"][];
        ReportList: {
            items: components["schemas"]["ReportSummary"][];
            /** @description 下一页的 cursor；没有下一页时为 null */
            nextCursor: string | null;
        };
        ReportSummary: {
            /** Format: uuid */
            id: string;
            /** @description 举报编号 */
            number: string;
            /**
             * @description WEB 网上，SMS 短信，HOTLINE 电话
             * @enum {string}
             */
            channel: "WEB" | "SMS" | "HOTLINE";
            /** @enum {string} */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            /** @description 是否实名 */
            realName: boolean;
            /** @description 分类代码（见 /api/v1/triage 的分类） */
            category: string | null;
            /** @description 被反映人（举报人所写） */
            subjects: {
                name?: string;
                unit?: string;
                post?: string;
                /** @description 举报人对被反映人的说明 */
                note?: string;
            }[];
            excerpt: string;
            receivedAt: string;
            attachmentCount: number;
        };
        ReportDetail: {
            /** Format: uuid */
            id: string;
            /** @description 举报编号 */
            number: string;
            /**
             * @description WEB 网上，SMS 短信，HOTLINE 电话
             * @enum {string}
             */
            channel: "WEB" | "SMS" | "HOTLINE";
            /** @enum {string} */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            /** @description 是否实名 */
            realName: boolean;
            /** @description 分类代码（见 /api/v1/triage 的分类） */
            category: string | null;
            /** @description 被反映人（举报人所写） */
            subjects: {
                name?: string;
                unit?: string;
                post?: string;
                /** @description 举报人对被反映人的说明 */
                note?: string;
            }[];
            receivedAt: string;
            attachmentCount: number;
            body: string;
            incidentTime: string | null;
            incidentPlace: string | null;
            /** @description 举报人选择的分类 */
            categoryClaimed: string | null;
            /** @description 自动分类对各类别的评分 */
            categoryScores: {
                [key: string]: number;
            } | null;
            triagedAt: string | null;
            outcomeForReporter: string | null;
            attachments: {
                /** Format: uuid */
                id: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                originalName: string | null;
                /** @description 元数据是否已清除 */
                metadataRemoved: boolean;
                createdAt: string;
            }[];
            messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                from: "REPORTER" | "STAFF";
                body: string;
                createdAt: string;
            }[];
            events: {
                type: string;
                actorKind: string;
                actorId: string | null;
                data: {
                    [key: string]: unknown;
                };
                createdAt: string;
            }[];
        };
        RequestIdentityAccessBody: {
            reason: string;
        };
        MessageStaffReportsBody: {
            body: string;
        };
        StaffMessageResult: {
            /** Format: uuid */
            id: string;
            createdAt: string;
            /** @description 是否已短信提醒举报人 */
            reporterNotified: boolean;
        };
        OutboundMessage: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            channel: "EMAIL" | "SMS";
            /** @description 消息模板 */
            template: string;
            status: string;
            attempts: number;
            lastError: string | null;
            createdAt: string;
            sentAt: string | null;
            failedAt: string | null;
        };
        ListNotificationsResult: components["schemas"]["OutboundMessage"][];
        StaffRequestView: {
            /** Format: uuid */
            id: string;
            number: string;
            /**
             * @description OPINION 征求意见，VERIFICATION 核查
             * @enum {string}
             */
            kind: "OPINION" | "VERIFICATION";
            agencyCode: string;
            agencyName: string;
            /** @enum {string} */
            subjectKind: "VETTING_CANDIDATE" | "REPORT";
            subjectId: string;
            question: string;
            /** @description 发给成员单位的举报摘录（已脱敏） */
            extract: string | null;
            sentOn: string;
            dueOn: string;
            /**
             * @description SENT 已发出，READ 已阅，ANSWERED 已答复，OVERDUE 逾期，CANCELLED 已撤回
             * @enum {string}
             */
            state: "SENT" | "READ" | "ANSWERED" | "OVERDUE" | "CANCELLED";
            stateLabel: string;
            readAt: string | null;
            remindedAt: string | null;
            escalatedAt: string | null;
            /** @description 督办记录 */
            presses: {
                by: string;
                note: string;
                at: string;
            }[];
            /** @description 发给成员单位的材料（工作人员附上）：GET /api/v1/verification-requests/{id}/attachments/{attachmentId} 下载 */
            files: components["schemas"]["RequestAttachment"][];
            replies: {
                version: number;
                /** @enum {string} */
                result: "NO_ADVERSE" | "ADVERSE" | "NOT_REMIT" | "MORE_TIME";
                resultLabel: string;
                newDueOn: string | null;
                body: string;
                repliedAt: string;
                /** @description 答复附带的文件：GET /api/v1/verification-requests/{id}/attachments/{attachmentId} 下载 */
                attachments: components["schemas"]["RequestAttachment"][];
            }[];
        };
        ForReportVerificationStaffResult: components["schemas"]["StaffRequestView"][];
        RequestFromCaseVerificationStaffBody: {
            agencyCodes: string[];
            question: string;
            extract?: string;
            workingDays?: number;
        };
        CreatedRequests: {
            /** Format: uuid */
            id: string;
            /** @description 请求编号 */
            number: string;
            agencyCode: string;
            /** @description 答复期限（YYYY-MM-DD） */
            dueOn: string;
        }[];
        RosterImportResult: {
            /** Format: uuid */
            importId: string;
            /** @enum {string} */
            mode: "ALL_OR_NOTHING" | "SKIP_INVALID";
            /** @description 是否已导入（整表模式下有错误行时为 false） */
            applied: boolean;
            rowsTotal: number;
            created: number;
            updated: number;
            unchanged: number;
            errors: {
                /** @description 行号（含表头） */
                row: number;
                personNo: string | null;
                problems: string[];
            }[];
            /** @description 与档案专项审核认定不符的名册数据：保留认定值，并在该干部档案审核中列为存疑事项，须查明 */
            conflicts: {
                /** @description 行号（含表头） */
                row: number;
                personNo: string;
                /** Format: uuid */
                cadreId: string;
                name: string;
                /** @enum {string} */
                field: "birthMonth" | "partyMonth" | "workMonth" | "education";
                /** @description 名册中的值（未采用） */
                imported: string;
                /** @description 档案审核认定的值（保留） */
                determined: string;
                message: string;
            }[];
        };
        StaffAccount: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            roles: string[];
            agencyCode: string | null;
            active: boolean;
            /** @description 是否已启用两步验证 */
            totpEnabled: boolean;
            /** @description 登录失败过多而锁定至 */
            lockedUntil: string | null;
            /** @description 本人的干部档案（用于回避） */
            cadreId: string | null;
            email: string | null;
            liveSessions: number;
        };
        ListStaffAccountsResult: components["schemas"]["StaffAccount"][];
        CreateStaffAccountsBody: {
            username: string;
            displayName: string;
            roles: ("ADMIN" | "INTAKE_OPERATOR" | "TRIAGE_OFFICER" | "SUPERVISOR" | "IDENTITY_CUSTODIAN" | "AGENCY_LIAISON" | "AUDITOR")[];
            agencyCode?: string;
            /** Format: email */
            email?: string;
            password: string;
        };
        UpdateStaffAccountsBody: {
            displayName?: string;
            roles?: ("ADMIN" | "INTAKE_OPERATOR" | "TRIAGE_OFFICER" | "SUPERVISOR" | "IDENTITY_CUSTODIAN" | "AGENCY_LIAISON" | "AUDITOR")[];
            agencyCode?: string | null;
            /** Format: email */
            email?: string | null;
            active?: boolean;
        };
        LinkCadreStaffAccountsBody: {
            /** Format: uuid */
            cadreId: string | null;
        };
        EnrolmentToken: {
            /** @description 首次设置两步验证用的一次性令牌，只显示一次 */
            token: string;
            expiresAt: string;
        };
        ResetPasswordStaffAccountsBody: {
            password: string;
        };
        ResetOutcome: {
            /** @enum {boolean} */
            pendingApproval: false;
            revokedSessions?: number;
        } | {
            /** @enum {boolean} */
            pendingApproval: true;
            /**
             * Format: uuid
             * @description 待另一名管理员审批的重置申请
             */
            requestId: string;
        };
        ResetRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            targetId: string;
            username: string;
            /**
             * @description PASSWORD 重置密码，TOTP 重置两步验证
             * @enum {string}
             */
            kind: "PASSWORD" | "TOTP";
            /** Format: uuid */
            requestedBy: string;
            requesterName: string;
            requestedAt: string;
        };
        ResetRequestsStaffAccountsResult: components["schemas"]["ResetRequest"][];
        ResetDecision: {
            /** @enum {string} */
            status: "APPROVED" | "REFUSED";
        };
        Statistics: {
            range: {
                from: string;
                to: string;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            };
            asOf: string;
            received: {
                total: number;
                realName: number;
                byChannel: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
                byCategory: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
                byStatus: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
                series: {
                    buckets: string[];
                    byChannel: {
                        [key: string]: number[];
                    };
                };
            };
            dispositions: {
                total: number;
                byKind: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
            };
            concluded: {
                total: number;
                medianDays: number | null;
                byFinding: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
            };
            overdue: {
                reports: number;
                deadlines: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
            };
            agencies: components["schemas"]["AgencyFigures"][];
            vetting: {
                candidates: number;
                byVerdict: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
                heldBackByReason: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
                byDecision: {
                    /** @description 代码 */
                    key: string;
                    count: number;
                }[];
            };
            quota: {
                byLevel: {
                    level: string;
                    /** @description 核定职数 */
                    approved: number;
                    /** @description 实际配备 */
                    occupied: number;
                    /** @description 缺配 */
                    vacant: number;
                    /** @description 超配 */
                    over: number;
                    /** @description 超职数的单位数 */
                    unitsOver: number;
                    /** @description 所在单位未录入该职级职数的在任人数 */
                    withoutQuota: number;
                }[];
                overLines: components["schemas"]["QuotaLine"][];
            };
        };
        AgencyFigures: {
            agencyCode: string;
            agencyName: string;
            requests: number;
            answered: number;
            open: number;
            overdue: number;
            /** @description 按期答复率（0–1）；尚无答复时为 null */
            onTimeRate: number | null;
            /** @description 从发出到首次正式答复的天数中位数 */
            medianDaysToAnswer: number | null;
        };
        CaseView: {
            /** Format: uuid */
            id: string;
            /** @description 举报编号 */
            number: string;
            /**
             * @description WEB 网上，SMS 短信，HOTLINE 电话
             * @enum {string}
             */
            channel: "WEB" | "SMS" | "HOTLINE";
            /** @enum {string} */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            /** @description 是否实名 */
            realName: boolean;
            /** @description 分类代码（见 /api/v1/triage 的分类） */
            category: string | null;
            receivedAt: string;
            attachmentCount: number;
            body: string;
            incidentTime: string | null;
            incidentPlace: string | null;
            /** @description 举报人选择的分类 */
            categoryClaimed: string | null;
            /** @description 自动分类对各类别的评分 */
            categoryScores: {
                [key: string]: number;
            } | null;
            triagedAt: string | null;
            outcomeForReporter: string | null;
            attachments: {
                /** Format: uuid */
                id: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                originalName: string | null;
                /** @description 元数据是否已清除 */
                metadataRemoved: boolean;
                createdAt: string;
            }[];
            messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                from: "REPORTER" | "STAFF";
                body: string;
                createdAt: string;
            }[];
            events: {
                type: string;
                actorKind: string;
                actorId: string | null;
                data: {
                    [key: string]: unknown;
                };
                createdAt: string;
            }[];
            /** @description 举报人填写的被反映人 */
            reportedSubjects: {
                name?: string;
                unit?: string;
                post?: string;
                /** @description 举报人对被反映人的说明 */
                note?: string;
            }[];
            /** @description 自动分拣结果；尚未分拣时为 null */
            triage: {
                categoryConfirmed: boolean;
                /** @description 自动分类的候选类别及依据 */
                categories: unknown[];
                /** @description 类别建议的置信度 */
                suggestion: {
                    /** @description 建议类别正确的概率（经校准，0–1） */
                    confidence: number;
                    /** @description 置信度低于阈值：需人工定类 */
                    needsPerson: boolean;
                    /** @description 得分最高的两个类别及依据 */
                    candidates: {
                        code: string;
                        final: number;
                        matched: string[];
                    }[];
                };
                modelVersion: number | null;
                transferTarget: string | null;
                specific: boolean | null;
                anchors: unknown[];
                priority: number | null;
                priorityLevel: string | null;
                priorityReasons: string[];
            } | null;
            subjects: {
                id: string;
                role: string;
                roleReason: string | null;
                status: string;
                cadreId: string | null;
                mentions: string[];
                candidates: unknown[];
                decidedAt: string | null;
            }[];
            repeats: {
                repeatOf: string | null;
                earlier: {
                    /** Format: uuid */
                    reportId: string;
                    number: string;
                    score: number;
                    reasons: string[];
                }[];
                later: {
                    /** Format: uuid */
                    reportId: string;
                    number: string;
                    score: number;
                    reasons: string[];
                }[];
            };
            /** @description 被反映干部正处于的任前审查或任前公示（尚未作出任用决定） */
            appointments: {
                /** Format: uuid */
                candidateId: string;
                /** Format: uuid */
                cadreId: string;
                name: string;
                /** @description 拟任职务 */
                proposedPost: string;
                /** Format: uuid */
                runId: string;
                /** @description 审查批次 */
                runTitle: string;
                runStartedOn: string;
                /** @description 暂缓任用至 */
                suspendedUntil: string | null;
                /** @description 尚未期满的任前公示；仅在审查中时为 null */
                notice: {
                    /** Format: uuid */
                    id: string;
                    reference: string;
                    startsOn: string;
                    endsOn: string;
                } | null;
            }[];
            deadlines: {
                kind: string;
                dueOn: string;
                remindOn: string;
                metAt: string | null;
                overdue: boolean;
                remindedAt: string | null;
                escalatedAt: string | null;
            }[];
            handling: {
                assigneeId: string | null;
                disposition: string | null;
                dispositionDetail: unknown;
                pendingDisposition: unknown;
                pendingProposerName: string | null;
                finding: string | null;
                outcomeForReporter: string | null;
            };
            notes: {
                /** Format: uuid */
                id: string;
                authorId: string;
                body: string;
                createdAt: string;
            }[];
        };
        AssignTriageInboxBody: {
            assigneeId: string | null;
        };
        AssignResult: {
            /** Format: uuid */
            assigneeId: string | null;
        };
        CategoryTriageInboxBody: {
            category: string;
        };
        CategoryResult: {
            category: string;
            /** @enum {boolean} */
            confirmed: true;
        };
        CloseTriageInboxBody: {
            comment?: string;
        };
        CloseResult: {
            /**
             * @description 办理后的状态
             * @enum {string}
             */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            pendingApproval: boolean;
        };
        DecideTriageInboxBody: {
            approve: boolean;
            comment?: string;
        };
        DecisionResult: {
            /**
             * @description 办理后的状态
             * @enum {string}
             */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            approved: boolean;
            /** @enum {boolean} */
            pendingApproval: false;
        };
        DisposeTriageInboxBody: {
            /** @enum {string} */
            kind: "TALK_INQUIRY" | "PRELIMINARY_VERIFICATION" | "FILED_PENDING" | "CLOSED_NO_ACTION" | "TRANSFER" | "NOT_ACCEPTED";
            target?: string;
            reason?: string;
        };
        DispositionResult: {
            /**
             * @description 办理后的状态
             * @enum {string}
             */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            /** @description 已生效的处置方式；待审批时没有 */
            disposition?: string;
            /** @description 需经审批人批准后生效 */
            pendingApproval: boolean;
        };
        FindingTriageInboxBody: {
            /** @enum {string} */
            finding: "SUBSTANTIATED" | "PARTLY" | "UNSUBSTANTIATED" | "UNVERIFIABLE";
            outcomeForReporter: string;
        };
        FindingResult: {
            /** @enum {string} */
            finding: "SUBSTANTIATED" | "PARTLY" | "UNSUBSTANTIATED" | "UNVERIFIABLE";
        };
        MergeTriageInboxBody: {
            intoReportId: string;
        };
        MergeResult: {
            /**
             * @description 办理后的状态
             * @enum {string}
             */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            /** @description 合并到的举报的编号 */
            into?: string;
        };
        NoteTriageInboxBody: {
            body: string;
        };
        NoteResult: {
            /** Format: uuid */
            id: string;
            createdAt: string;
        };
        ReopenTriageInboxBody: {
            reason: string;
        };
        ReopenResult: {
            /**
             * @description 办理后的状态
             * @enum {string}
             */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
        };
        ConfirmSubjectTriageInboxBody: {
            cadreId: string;
        };
        SubjectResult: {
            subjectId: string;
            /** @enum {string} */
            status: "CONFIRMED" | "UNLINKED";
            /**
             * Format: uuid
             * @description 确认的干部
             */
            cadreId?: string;
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            page: number;
            pageSize: number;
            /** @description 符合条件的件数；totalCapped 为 true 时表示"多于此数" */
            total: number;
            totalCapped: boolean;
        };
        InboxItem: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            channel: "WEB" | "SMS" | "HOTLINE";
            /** @enum {string} */
            status: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
            realName: boolean;
            category: string | null;
            /** @description 类别是否经人工确认 */
            categoryConfirmed: boolean;
            /** @description 系统对类别把握不足（低于置信度阈值），需人工定类 */
            categoryNeedsPerson: boolean;
            /** @description 优先级分值 */
            priority: number | null;
            /** @enum {string|null} */
            priorityLevel: "HIGH" | "MEDIUM" | "LOW" | null;
            /** @description 反映内容是否具体（有时间、地点、事实） */
            specific: boolean | null;
            subjects: {
                status: string;
                mentions: string[];
                name: string | null;
                unit: string | null;
            }[];
            /** @description 疑似重复件的原件编号 */
            repeatOf: string | null;
            assigneeId: string | null;
            /** @description 最近的办理期限 */
            nextDue: {
                kind: string;
                dueOn: string;
            } | null;
            overdue: boolean;
            excerpt: string;
            receivedAt: string;
        };
        AddNameCadresBody: {
            name: string;
            /** @enum {string} */
            kind: "ALIAS" | "FORMER";
            inUseFrom?: string;
        };
        SetQuotaCadresBody: {
            level: string;
            approved: number;
        };
        FiguresVerificationStaffResult: components["schemas"]["AgencyFigures"][];
        ListVerificationStaffResult: components["schemas"]["StaffRequestView"][];
        AttachResult: {
            /** @description 附上的文件数 */
            attachments: number;
        };
        PressVerificationStaffBody: {
            note: string;
        };
        ReplyVerificationBody: {
            /** @enum {string} */
            result?: "NO_ADVERSE" | "ADVERSE" | "NOT_REMIT" | "MORE_TIME";
            adverse?: boolean;
            body: string;
            newDueOn?: string;
        };
        ReplyResult: {
            /** @description 答复版本（再次答复为新版本） */
            version: number;
            status: string;
            dueOn: string;
        };
        VettingCandidate: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cadreId: string;
            personNo: string;
            name: string;
            /** @description 拟任职务 */
            proposedPost: string;
            /**
             * @description PASS 可以上会，BLOCK 不能上会，PENDING 待补齐
             * @enum {string}
             */
            verdict: "PASS" | "BLOCK" | "PENDING";
            reasons: components["schemas"]["VettingReason"][];
            evaluatedOn: string | null;
            /** @description 任用决定 */
            decision: string | null;
            decidedOn: string | null;
            decisionNote: string | null;
            suspendedUntil: string | null;
        };
        VettingReason: {
            /** @enum {string} */
            code: "OPEN_REPORT_UNVERIFIED" | "SANCTION_IN_EFFECT" | "AGENCY_ADVERSE_OPINION" | "AGENCY_REPLY_MISSING" | "PERSONAL_MATTERS_DISCREPANCY" | "FILE_NOT_AUDITED" | "FILE_DOUBT_OPEN" | "OVER_QUOTA" | "UNDER_INVESTIGATION" | "PERSONAL_MATTERS_NOT_VERIFIED" | "PRIOR_REPORT_REPLY_MISSING" | "PRIOR_REPORT_DISAGREED";
            /**
             * @description BLOCK 不能上会，PENDING 待补齐
             * @enum {string}
             */
            effect: "BLOCK" | "PENDING";
            /** @description 中文说明 */
            message: string;
            evidence: {
                /** @enum {string} */
                type: "REPORT";
                reportId: string;
                number: string;
            } | {
                /** @enum {string} */
                type: "SANCTION";
                sanctionId: string;
                kind: string;
                effectiveOn: string;
                lastDay: string;
            } | {
                /** @enum {string} */
                type: "REQUEST";
                requestId: string;
                agencyCode: string;
                dueOn: string;
                overdue?: boolean;
            } | {
                /** @enum {string} */
                type: "QUOTA";
                unitId: string;
                level: string;
                approved: number;
                occupied: number;
            } | {
                /** @enum {string} */
                type: "CADRE";
                cadreId: string;
                field: string;
            } | {
                /** @enum {string} */
                type: "FILE_DOUBT";
                cadreId: string;
                doubtId: string;
                rule: string;
            } | {
                /** @enum {string} */
                type: "PERSONAL_MATTERS";
                cadreId: string;
                year: number | null;
            } | {
                /** @enum {string} */
                type: "PRIOR_REPORT";
                candidateId: string;
                /** @description 须报备的职务 */
                post: string;
                sentOn: string | null;
                repliedOn: string | null;
            };
        };
        OutcomePublicityBody: {
            /** @enum {string} */
            decision: "APPOINT" | "APPOINT_WITH_REMINDER" | "DO_NOT_APPOINT" | "SUSPEND";
            note?: string;
            suspendedUntil?: string;
            appointedOn?: string;
            elected?: boolean;
        };
        VettingPriorReport: {
            /** Format: uuid */
            candidateId: string;
            /** @description 拟任职务是否须事先向上级组织部门报备 */
            required: boolean;
            /** @description 须报备的职务（按设置匹配到的职务）；无须报备为 null */
            post: string | null;
            sent: {
                on: string;
                /** @description 报备文号 */
                reference: string;
                /** @description 报送的上级组织部门 */
                to: string;
            } | null;
            reply: {
                on: string;
                /** @description 回复文号 */
                reference: string;
                /**
                 * @description AGREE 同意，DISAGREE 不同意
                 * @enum {string}
                 */
                result: "AGREE" | "DISAGREE";
                note: string | null;
            } | null;
        };
        SentPriorReportBody: {
            sentOn: string;
            reference: string;
            sentTo: string;
        };
        VettingPriorReportChange: {
            priorReport: components["schemas"]["VettingPriorReport"];
            candidate: components["schemas"]["VettingCandidate"];
        };
        ReplyPriorReportBody: {
            repliedOn: string;
            reference: string;
            /** @enum {string} */
            result: "AGREE" | "DISAGREE";
            note?: string;
        };
        AppointmentRecord: {
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            runId: string;
            runTitle: string;
            /** Format: uuid */
            cadreId: string;
            name: string;
            personNo: string;
            /** @description 拟任职务 */
            proposedPost: string;
            /**
             * @description 任前审查结论
             * @enum {string}
             */
            verdict: "PASS" | "BLOCK" | "PENDING";
            steps: {
                /**
                 * @description 环节
                 * @enum {string}
                 */
                kind: "MOTION" | "RECOMMENDATION" | "INSPECTION" | "OPINIONS" | "DECISION" | "PUBLICITY" | "APPOINTMENT" | "PROBATION";
                /** @description 环节名称 */
                label: string;
                /** @description true 在本页记录；false 取自征求意见、公示、任用决定或试用期的记录 */
                typed: boolean;
                done: boolean;
                occurredOn: string | null;
                rows: {
                    label: string;
                    value: string;
                }[];
                /** @description 记录人 */
                recordedBy: string | null;
                /** @description 记录时间（ISO 8601） */
                recordedAt: string | null;
                /** @description 审计链中的序号（本页记录的环节） */
                auditSeq: number | null;
                version: number | null;
                /** @description 记录的内容（本页记录的环节） */
                payload: {
                    [key: string]: unknown;
                } | null;
                /** @description 被更正的早先版本，新的在前 */
                superseded: {
                    version: number;
                    occurredOn: string;
                    rows: {
                        label: string;
                        value: string;
                    }[];
                    /** @description 记录人 */
                    recordedBy: string | null;
                    /** @description 记录时间（ISO 8601） */
                    recordedAt: string;
                    /** @description 审计链中的序号 */
                    auditSeq: number;
                }[];
            }[];
            recordable: ("MOTION" | "RECOMMENDATION" | "INSPECTION" | "DECISION")[];
            blocked: {
                /** @enum {string} */
                kind: "MOTION" | "RECOMMENDATION" | "INSPECTION" | "DECISION";
                reason: string;
            }[];
        };
        DecisionAppointmentRecordBody: {
            occurredOn: string;
            /** @enum {string} */
            body: "STANDING_COMMITTEE" | "PLENARY";
            membersExpected: number;
            membersPresent: number;
            votesFor: number;
            votesAgainst: number;
            abstentions: number;
            /** @default false */
            ballot: boolean;
            note?: string;
        };
        InspectionAppointmentRecordBody: {
            startsOn: string;
            endsOn: string;
            team: string[];
            supervisor: string;
            talks: number;
            conclusion: string;
        };
        MotionAppointmentRecordBody: {
            occurredOn: string;
            /** @enum {string} */
            proposedBy: "PARTY_COMMITTEE" | "ORGANIZATION_DEPARTMENT" | "UNIT_PARTY_ORGANIZATION";
            posts: string;
            reason: string;
            basis: string;
            /** @default false */
            ballotRequired: boolean;
        };
        RecommendationAppointmentRecordBody: {
            occurredOn: string;
            meetingExpected: number;
            meetingPresent: number;
            meetingVotes: number;
            talkPeople: number;
            talkMentions: number;
            massNominations: number;
            partyOrganizationNominations: number;
            signedLeaderNominations: number;
            note?: string;
        };
        PublicityNotice: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            runId: string;
            /** @description 公示文号 */
            reference: string;
            title: string;
            startsOn: string;
            endsOn: string;
            /** @description 公示期（工作日） */
            workingDays: number;
            /** @description 反映方式 */
            contact: string;
            /** @description 今天在公示期内且未撤销 */
            open: boolean;
            /** @description 撤销时间（ISO 8601）；未撤销为 null */
            withdrawnAt: string | null;
            /** @description 撤销理由 */
            withdrawalReason: string | null;
            candidates: {
                /** Format: uuid */
                candidateId: string;
                /** Format: uuid */
                cadreId: string;
                name: string;
                gender: string;
                birthMonth: string;
                unitName: string;
                post: string;
                currentPost: string;
                proposedPost: string;
            }[];
        };
        WithdrawPublicityBody: {
            reason: string;
        };
        Probation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            cadreId: string;
            name: string;
            post: string;
            startsOn: string;
            endsOn: string;
            remindedAt: string | null;
            /**
             * @description COMPETENT 胜任，NOT_COMPETENT 不胜任
             * @enum {string|null}
             */
            result: "COMPETENT" | "NOT_COMPETENT" | null;
            assessedOn: string | null;
            assessmentNote: string | null;
        };
        ProbationsPublicityResult: components["schemas"]["Probation"][];
        AssessPublicityBody: {
            /** @enum {string} */
            result: "COMPETENT" | "NOT_COMPETENT";
            assessedOn: string;
            note?: string;
        };
        StartVettingBody: {
            title: string;
            slate: {
                /** Format: uuid */
                cadreId: string;
                proposedPost: string;
                /** Format: uuid */
                unitId?: string;
                level?: string;
                promotion?: boolean;
            }[];
            agencyCodes?: string[];
        };
        VettingRunStarted: {
            /** Format: uuid */
            runId: string;
            candidates: components["schemas"]["VettingCandidate"][];
        };
        VettingRun: {
            /** Format: uuid */
            id: string;
            title: string;
            startedOn: string;
            /** @description 本批次征求意见的成员单位 */
            agencyCodes: string[];
            candidates: components["schemas"]["VettingCandidate"][];
            /** @description 全程记实 */
            steps: {
                step: string;
                candidateId: string | null;
                actorKind: string;
                data: unknown;
                at: string;
            }[];
        };
        PublishPublicityBody: {
            title?: string;
            startsOn: string;
            endsOn: string;
            contact?: string;
            candidateIds?: string[];
        };
        /**
         * @example {
         *       "messageId": "gw-20260318-0001",
         *       "from": "13800000000",
         *       "text": "举报：某镇副镇长王某某在推荐中拉票"
         *     }
         */
        GenericInboundSms: {
            messageId: string;
            from: string;
            to?: string;
            text: string;
            concat?: {
                ref: string;
                part: number;
                total: number;
            };
        };
        GenericSmsAnswer: {
            /** @enum {boolean} */
            ok: true;
            duplicate: boolean;
        };
        TwilioInboundSms: {
            MessageSid: string;
            From: string;
            Body: string;
        } & {
            [key: string]: unknown;
        };
        VoicemailMessage: {
            callId: string;
            callerNumber?: string;
            /** Format: date-time */
            startedAt: string;
            durationSeconds?: number;
            /** Format: uri */
            recordingUrl?: string;
        };
        VoicemailReceipt: {
            reportNumber: string;
            duplicate: boolean;
        };
        Error: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description Stable error code for programs: one of `x-error-codes` (each module declares its own in its errors.ts); errors below the application (Fastify’s FST_…, an HTTP status name such as METHOD_NOT_ALLOWED) may also appear
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description For the person who made the request, in Chinese
             * @example 提交的内容有误：body：正文至少 20 字
             */
            message: string;
            details?: {
                /** @example body */
                field: string;
                /** @example 正文至少 20 字 */
                message: string;
            }[];
            /** @example 6f1c2a9e-0d3b-4c55-9a77-2f4e8b1d0c11 */
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                actorId?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审计记录（按序号倒序） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                actorId?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审计记录 CSV（UTF-8，带 BOM） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审计链校验结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerdict"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginAuthBody"];
            };
        };
        responses: {
            /** @description 已登录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已退出 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 所有设备上的会话已结束 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessions"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当前登录的账号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_totpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 两步验证密钥（只显示一次） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_totpConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpConfirmAuthBody"];
            };
        };
        responses: {
            /** @description 两步验证已启用 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 全部工作人员账号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStaffAccountsResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffAccountsBody"];
            };
        };
        responses: {
            /** @description 账号已建立 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffAccountsBody"];
            };
        };
        responses: {
            /** @description 账号已修改 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_enrolmentToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一次性令牌（只显示一次） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentToken"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordStaffAccountsBody"];
            };
        };
        responses: {
            /** @description 密码已重置，或已提交另一名管理员审批 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetOutcome"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_revokeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 该账号的会话已全部结束 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessions"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_resetTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 两步验证已重置，或已提交另一名管理员审批 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetOutcome"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_resetRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 待审批的重置申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetRequestsStaffAccountsResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_decideReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                decision: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审批结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetDecision"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffAccountsController_linkCadre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCadreStaffAccountsBody"];
            };
        };
        responses: {
            /** @description 已关联本人的干部档案 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadreRelationsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCadreRelationsBody"];
            };
        };
        responses: {
            /** @description 关系已记录 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadreRelationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cadreId: string;
                relatedCadreId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 关系已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_list: {
        parameters: {
            query?: {
                q?: string;
                unit?: string;
                level?: string;
                offset?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部名册 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreList"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部档案 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreDetail"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCadresBody"];
            };
        };
        responses: {
            /** @description 举报已关联到该干部 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_sanction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SanctionCadresBody"];
            };
        };
        responses: {
            /** @description 处分已记录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_finding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingCadresBody"];
            };
        };
        responses: {
            /** @description 核查结论已记入档案 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingRecord"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_investigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestigationCadresBody"];
            };
        };
        responses: {
            /** @description 已记录 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_fileAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileAuditCadresBody"];
            };
        };
        responses: {
            /** @description 档案专审已记录 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_personalMatters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonalMattersCadresBody"];
            };
        };
        responses: {
            /** @description 个人有关事项报告已记录 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_draw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawCadresBody"];
            };
        };
        responses: {
            /** @description 本年度随机抽查名单 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalMattersDraw"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_verifyDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 抽查结果复核 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalMattersDrawCheck"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_quotas: {
        parameters: {
            query: {
                over: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 各单位职数；over=true 只列超职数的 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotasCadresResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_setQuota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetQuotaCadresBody"];
            };
        };
        responses: {
            /** @description 职数已设置 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CadresController_addName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNameCadresBody"];
            };
        };
        responses: {
            /** @description 单位名称已添加 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    RosterController_import: {
        parameters: {
            query?: {
                mode?: "ALL_OR_NOTHING" | "SKIP_INVALID";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 名册文件（.xlsx 或 .csv，中文表头）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 导入结果；整表模式下有错误行时为 422，列出各行问题 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    RosterController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部名册 Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 档案专项审核：记载、认定与存疑事项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileAudit"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_addEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEntryFileAuditBody"];
            };
        };
        responses: {
            /** @description 记载已录入，审核规则已重新运行 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileEntryAdded"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_removeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 记载已删除，审核规则已重新运行 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                doubtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveFileAuditBody"];
            };
        };
        responses: {
            /** @description 存疑事项已查明 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteFileAuditBody"];
            };
        };
        responses: {
            /** @description 档案审核已完成，认定已保存 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部人事档案专项审核认定表（Word） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FileAuditController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部人事档案专项审核认定表（Excel） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffReportsController_list: {
        parameters: {
            query?: {
                status?: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
                channel?: "WEB" | "SMS" | "HOTLINE";
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 举报列表（按收到时间倒序） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 举报详情 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffReportsController_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 举报人提交的附件（图片在页面中显示，其他文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StaffReportsController_message: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageStaffReportsBody"];
            };
        };
        responses: {
            /** @description 消息已留给举报人 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMessageResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 就该举报发出的通知（不含地址与内容） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListNotificationsResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_list: {
        parameters: {
            query?: {
                status?: "RECEIVED" | "TRIAGED" | "IN_HANDLING" | "CLOSED" | "MERGED" | "TRANSFERRED" | "NOT_ACCEPTED";
                category?: string;
                channel?: "WEB" | "SMS" | "HOTLINE";
                priority?: "HIGH" | "MEDIUM" | "LOW";
                overdue?: "true" | "false";
                assignee?: "me" | "none" | string;
                /** @description 举报编号（或其末几位）、被反映人姓名 */
                q?: string;
                sort?: "priority" | "due";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 分拣收件箱的一页 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 案件详情：举报内容、分拣结果、被反映人、期限、办理情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_category: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryTriageInboxBody"];
            };
        };
        responses: {
            /** @description 类别已确认 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_confirmSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subjectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmSubjectTriageInboxBody"];
            };
        };
        responses: {
            /** @description 被反映人已确认为该干部 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_unlinkSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subjectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已解除与干部的关联 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeTriageInboxBody"];
            };
        };
        responses: {
            /** @description 已合并 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTriageInboxBody"];
            };
        };
        responses: {
            /** @description 已指定经办人 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_dispose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisposeTriageInboxBody"];
            };
        };
        responses: {
            /** @description 处置已生效，或已提交审批 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideTriageInboxBody"];
            };
        };
        responses: {
            /** @description 审批结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_note: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTriageInboxBody"];
            };
        };
        responses: {
            /** @description 备注已保存 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_finding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingTriageInboxBody"];
            };
        };
        responses: {
            /** @description 核查结论已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseTriageInboxBody"];
            };
        };
        responses: {
            /** @description 已办结，或已提交审批 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TriageInboxController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenTriageInboxBody"];
            };
        };
        responses: {
            /** @description 已重新办理 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReopenResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 发给本单位的请求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListVerificationResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 请求详情（不含举报人信息） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyRequestDetail"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件文件（类型随文件） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyVerificationBody"];
            };
        };
        responses: {
            /** @description 答复已提交 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_forReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 该举报的全部核查请求及历次答复 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForReportVerificationStaffResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_requestFromCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestFromCaseVerificationStaffBody"];
            };
        };
        responses: {
            /** @description 已向所选成员单位发出核查请求 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedRequests"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_list: {
        parameters: {
            query?: {
                state?: "SENT" | "READ" | "ANSWERED" | "OVERDUE" | "CANCELLED";
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 核查请求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListVerificationStaffResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 各成员单位的答复情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresVerificationStaffResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 核查请求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRequestView"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 核查请求或成员单位答复的附件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_press: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PressVerificationStaffBody"];
            };
        };
        responses: {
            /** @description 已督办 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRequestView"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VerificationStaffController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 发给成员单位的文件 */
                    files: string[];
                };
            };
        };
        responses: {
            /** @description 文件已附上 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AgenciesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成员单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAgenciesResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AgenciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgenciesBody"];
            };
        };
        responses: {
            /** @description 成员单位已添加 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AgenciesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgenciesBody"];
            };
        };
        responses: {
            /** @description 成员单位已修改 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    IdentityAccessController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestIdentityAccessBody"];
            };
        };
        responses: {
            /** @description 申请已提交，待保管人审批 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityRequest"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    IdentityAccessController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本人的查看身份申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MineIdentityAccessResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    IdentityAccessController_list: {
        parameters: {
            query?: {
                status?: "PENDING" | "APPROVED" | "REFUSED" | "WITHDRAWN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查看身份申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListIdentityAccessResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    IdentityAccessController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveIdentityAccessBody"];
            };
        };
        responses: {
            /** @description 已批准 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityRequest"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    IdentityAccessController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseIdentityAccessBody"];
            };
        };
        responses: {
            /** @description 未批准 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityRequest"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    IdentityAccessController_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 举报人身份（批准的期限内可看，每次查看都记入审计） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedIdentity"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicReportsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReport"];
                "multipart/form-data": {
                    /** @description SubmitReport as JSON text */
                    json: string;
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 已收到：请保存查询码 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitReportResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicReportsController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Lookup"];
            };
        };
        responses: {
            /** @description 办理进度 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReporterView"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicReportsController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReporterReply"];
                "multipart/form-data": {
                    /** @description ReporterReply as JSON text */
                    json: string;
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 已收到补充材料，返回办理进度 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReporterView"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VettingController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartVettingBody"];
            };
        };
        responses: {
            /** @description 审查已开始：已向成员单位征求意见，返回各人选的初步结论 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingRunStarted"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VettingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审查批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingRun"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VettingController_candidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人选的审查结论及理由 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingCandidate"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicityController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishPublicityBody"];
            };
        };
        responses: {
            /** @description 公示已发布 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityNotice"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicityController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 任前公示 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityNotice"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicityController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawPublicityBody"];
            };
        };
        responses: {
            /** @description 公示已撤销 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityNotice"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicityController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomePublicityBody"];
            };
        };
        responses: {
            /** @description 任用决定已记录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingCandidate"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicityController_probations: {
        parameters: {
            query?: {
                due?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 试用期人员；due=true 只列到期待考核的 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbationsPublicityResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PublicityController_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessPublicityBody"];
            };
        };
        responses: {
            /** @description 试用期考核已记录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Probation"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VettingDocumentsController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部任前审查表（Word） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    VettingDocumentsController_slate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审查批次名单（Excel） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PriorReportController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报备情况：拟任职务是否须报备，已报备及上级回复的记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingPriorReport"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PriorReportController_sent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SentPriorReportBody"];
            };
        };
        responses: {
            /** @description 已记录报备（回复记录之前可以更正），并重新评估该人选 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingPriorReportChange"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PriorReportController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyPriorReportBody"];
            };
        };
        responses: {
            /** @description 已记录上级组织部门的回复，并重新评估该人选 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingPriorReportChange"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 该人选的全程记实 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentRecord"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部选拔任用全程记实表（Word，带签名与审计链头） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 干部选拔任用全程记实表（PDF，带签名与审计链头） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_motion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MotionAppointmentRecordBody"];
            };
        };
        responses: {
            /** @description 动议已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentRecord"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_recommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationAppointmentRecordBody"];
            };
        };
        responses: {
            /** @description 民主推荐已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentRecord"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_inspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectionAppointmentRecordBody"];
            };
        };
        responses: {
            /** @description 考察已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentRecord"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AppointmentRecordController_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionAppointmentRecordBody"];
            };
        };
        responses: {
            /** @description 讨论决定已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentRecord"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 联席会议 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMeetingsResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingsBody"];
            };
        };
        responses: {
            /** @description 会议已安排 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 会议 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingsBody"];
            };
        };
        responses: {
            /** @description 会议已修改 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已按规则生成议程 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_reorder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderMeetingsBody"];
            };
        };
        responses: {
            /** @description 议程顺序已调整 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_addItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddItemMeetingsBody"];
            };
        };
        responses: {
            /** @description 议题已加入 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_removeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 议题已移除 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceMeetingsBody"];
            };
        };
        responses: {
            /** @description 出席情况已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_opinions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpinionsMeetingsBody"];
            };
        };
        responses: {
            /** @description 成员单位意见已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideMeetingsBody"];
            };
        };
        responses: {
            /** @description 决定已记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MeetingsController_minutesDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 会议纪要（Word） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SmsWebhooksController_twilioSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TwilioInboundSms"];
            };
        };
        responses: {
            /** @description 空的 TwiML：回复短信经发送队列发出 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SmsWebhooksController_genericSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenericInboundSms"];
            };
        };
        responses: {
            /** @description 已收到；duplicate 表示该 messageId 已收过 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericSmsAnswer"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HotlineController_recordCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HotlineCall"];
                "multipart/form-data": {
                    /** @description HotlineCall as JSON text */
                    json: string;
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 已登记；查询码只在此时显示（当面读给来电人） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotlineCallResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HotlineController_voicemails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 待转写的电话留言 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoicemailsHotlineResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HotlineController_transcribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transcript"];
            };
        };
        responses: {
            /** @description 已转写为举报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptResult"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    TelephonyWebhookController_voicemail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoicemailMessage"];
                "multipart/form-data": {
                    /** @description VoicemailMessage as JSON text */
                    json: string;
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 已生成待转写的举报；duplicate 表示该 callId 已收过 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoicemailReceipt"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StatisticsController_get: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 该期间的统计数据 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistics"];
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StatisticsController_csv: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计表 CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StatisticsController_xlsx: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计表 Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StatisticsController_docx: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计报告 Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description 请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 其他错误（401/403/404/409/413/429 等），见 code */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
