// The mobile check-in app's two calls, written with openapi-fetch against the generated types: a scan at the door,
// and the scans a device made while offline. Compiled with --strict, never run: a change of the API that breaks the
// app breaks this file.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/registration";

type Problem = components["schemas"]["Problem"];
type Redeem = components["schemas"]["RedeemRequest"];

export function checkInClient(baseUrl: string, accessToken: string, deviceToken: string) {
    const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });

    /** One scan: admitted, or refused with the reason the door shows. */
    async function scan(meetingId: string, listId: string, secret: string): Promise<string> {
        const { data, error, response } = await api.POST("/api/v1/meetings/{meetingId}/checkin/redeem", {
            params: { path: { meetingId }, header: { "X-Device-Token": deviceToken } },
            body: { listId, secret, nonce: crypto.randomUUID(), direction: "ENTRY" },
        });
        if (error) {
            return explain(error, response.status);
        }
        const holder: string = data.attendee?.name ?? "—";
        return data.status === "ok" ? `请进 ${holder}` : `未通过：${data.reason ?? "unknown"}`;
    }

    /** The scans kept while offline, sent together once the network is back; each answered on its own. */
    async function upload(meetingId: string, scans: Redeem[]): Promise<string[]> {
        const { data, error, response } = await api.POST("/api/v1/meetings/{meetingId}/checkin/offline-scans", {
            params: { path: { meetingId }, header: { "X-Device-Token": deviceToken } },
            body: { scans: scans.map((scan) => ({ ...scan, offline: true })) },
        });
        if (error) {
            return [explain(error, response.status)];
        }
        const summary = `${data.recorded}/${data.received} recorded, ${data.duplicates} already, ${data.conflicts}`
            + " conflicts";
        return [summary, ...data.results.filter((result) => result.conflict !== null)
            .map((result) => `${result.nonce}: ${result.conflict}`)];
    }

    return { scan, upload };
}

/** Every error is a problem: its detail says what to do, and a 400 names the fields. */
function explain(problem: Problem, status: number): string {
    const fields = (problem.errors ?? []).map((fault) => `${fault.field}: ${fault.message}`).join("; ");
    return `${status} ${problem.detail ?? problem.title}${fields ? ` (${fields})` : ""}`;
}
