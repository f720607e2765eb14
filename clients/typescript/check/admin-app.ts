// The admin web app's roster screen, written with openapi-fetch against the generated types: a page of the roster
// in stroke order, filtered by delegation, with errors typed as problems. Compiled with --strict, never run.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/registration";

type Problem = components["schemas"]["Problem"];

export interface RosterPage {
    rows: string[];
    page: number;
    pages: number;
}

export function rosterClient(baseUrl: string, accessToken: string) {
    const api = createClient<paths>({
        baseUrl,
        headers: { Authorization: `Bearer ${accessToken}`, "Accept-Language": "zh-CN" },
    });

    /** One page of the roster; a problem (no role in the meeting: 404, a bad filter: 400) is returned as it is. */
    async function page(meetingId: string, delegation: string | undefined, page: number)
        : Promise<RosterPage | Problem> {
        const query = delegation === undefined ? { page, size: 50, sort: "strokes" }
            : { page, size: 50, sort: "strokes", delegation };
        const { data, error } = await api.GET("/api/v1/meetings/{meetingId}/attendees", {
            params: { path: { meetingId }, query },
        });
        if (error) {
            return error;
        }
        return {
            rows: data.items.map((entry) => `${entry.name}\t${entry.delegation ?? ""}\t${entry.status}`),
            page: data.page,
            pages: Math.max(1, Math.ceil(data.total / data.size)),
        };
    }

    return { page };
}
