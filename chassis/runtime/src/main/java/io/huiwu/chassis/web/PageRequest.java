package io.huiwu.chassis.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list ({@code @BeanParam @Valid PageRequest paging}):
 * pages count from 0, a page holds 50 unless asked otherwise, and at most {@value Paging#MAX_SIZE}.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "The page to return, from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(Paging.MAX_SIZE)
    @Parameter(description = "How many items a page holds, 1 to 500")
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The index of the first item of the page. */
    public long offset() {
        return (long) page * size;
    }
}
