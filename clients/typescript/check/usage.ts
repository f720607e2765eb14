// Compiles only if the generated types say what the services answer: typed bodies, typed problems for every error,
// required fields present, nullable ones marked. It is never run; `tsc --strict --noEmit` is the check.
import type { components as Registration, operations as RegistrationOps } from "../generated/registration";
import type { components as Logistics, operations as LogisticsOps } from "../generated/logistics";
import type { operations as VenueOps } from "../generated/venue";
import type { operations as DocumentsOps } from "../generated/documents";

type Problem = Registration["schemas"]["Problem"];
type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : never;
type ProblemOf<R> = R extends { content: { "application/problem+json": infer T } } ? T : never;

// an error is a Problem, not undefined
const notFound: ProblemOf<RegistrationOps["getAttendee"]["responses"][404]> = {
    type: "urn:huiwu:problem:not-found", title: "Not found", status: 404, detail: "Attendee 1 does not exist",
};
const stale: ProblemOf<RegistrationOps["updateAttendee"]["responses"][412]> = notFound;
const missingIfMatch: ProblemOf<RegistrationOps["updateAttendee"]["responses"][428]> = notFound;
const reusedKey: ProblemOf<RegistrationOps["registerAttendee"]["responses"][422]> = notFound;
const fields: string[] = (notFound.errors ?? []).map((error) => `${error.field}: ${error.message}`);

// answers carry their required fields; nullable ones must be checked before use
function describe(attendee: JsonOf<RegistrationOps["getAttendee"]["responses"][200]>): string {
    const delegation: string = attendee.delegation ?? "（无代表团）";
    const version: number = attendee.version;
    return `${attendee.name} ${delegation} ${attendee.status} v${version}`;
}

// lists are pages
function names(page: JsonOf<RegistrationOps["listCredentials"]["responses"][200]>): string[] {
    const total: number = page.total;
    return page.items.map((credential) => `${credential.number}/${total}`);
}

// closed value sets are unions the compiler checks
function admitted(answer: JsonOf<RegistrationOps["redeemCheckIn"]["responses"][201]>): boolean {
    const reason: "invalid" | "revoked" | "withdrawn" | "wrong_credential_type" | "wrong_category" | "outside_time"
        | "already_redeemed" | "not_inside" | "exits_not_tracked" | null = answer.reason;
    return answer.status === "ok" && reason === null;
}

// the same contract in the other services
const copy: JsonOf<LogisticsOps["getAttendee"]["responses"][200]> | undefined = undefined;
const entry: Logistics["schemas"]["RosterEntry"]["sourceVersion"] = 3;
const venueProblem: ProblemOf<VenueOps["listAttendees"]["responses"][404]> = notFound;
const documentsProblem: ProblemOf<DocumentsOps["listAttendees"]["responses"][401]> = notFound;

export const checks = [notFound, stale, missingIfMatch, reusedKey, fields, describe, names, admitted, copy, entry,
    venueProblem, documentsProblem] as const;
export type { Problem };
