package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.AppliedTablePlanView;
import io.huiwu.logistics.api.DietCountsView;
import io.huiwu.logistics.api.MealRequest;
import io.huiwu.logistics.api.MealView;
import io.huiwu.logistics.api.SeatRequest;
import io.huiwu.logistics.api.TablePlanRequest;
import io.huiwu.logistics.api.TablePlanView;
import io.huiwu.logistics.api.TableSeatView;
import io.huiwu.logistics.service.DiningCards;
import io.huiwu.logistics.service.DiningService;
import io.huiwu.logistics.service.RecordNames;
import io.huiwu.logistics.service.TableSeatingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/meals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining")
public class MealResource {

    private static final String PDF = "application/pdf";

    private final DiningService dining;
    private final TableSeatingService seating;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public MealResource(DiningService dining, TableSeatingService seating, IdempotentRequests idempotency,
            Caller caller) {
        this.dining = dining;
        this.seating = seating;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's meals by day, meal and hall, each with how many people have a seat")
    public PageResult<MealView> listMeals(@PathParam("meetingId") UUID meetingId,
            @QueryParam("day") @Nullable LocalDate day, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(dining.listMeals(meetingId, day), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a meal", description = "One breakfast, lunch and dinner per hall and day.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MealView.class)))
    public Response createMeal(@PathParam("meetingId") UUID meetingId, @Valid @NotNull MealRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "meals", idempotencyKey, request, uri,
                () -> dining.createMeal(meetingId, request), MealView::id, MealView::version);
    }

    @GET
    @Path("/{mealId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a meal")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MealView.class)))
    public Response getMeal(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId) {
        MealView meal = dining.getMeal(meetingId, mealId);
        return Response.ok(meal).header(HttpHeaders.ETAG, Versions.etag(meal.version())).build();
    }

    @PUT
    @Path("/{mealId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a meal", description = "Needs If-Match. Its hall changes only while nobody has a"
            + " seat at it.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MealView.class)))
    public Response updateMeal(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId,
            @Valid @NotNull MealRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MealView meal = dining.updateMeal(meetingId, mealId, Versions.required(ifMatch), request);
        return Response.ok(meal).header(HttpHeaders.ETAG, Versions.etag(meal.version())).build();
    }

    @DELETE
    @Path("/{mealId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a meal nobody has a seat at")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteMeal(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId) {
        dining.deleteMeal(meetingId, mealId);
    }

    @POST
    @Path("/{mealId}/table-plan/preview")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Propose who sits where by protocol, changing nothing",
            description = "The main table takes the highest protocol ranks, host facing the door, second host"
                    + " opposite, nearer the host higher and his right above his left; the other tables rank by"
                    + " nearness to the main table, then right above left. Halal, vegan and vegetarian diners sit at"
                    + " the tables set aside for their diet; everyone else with their delegation, at as few tables"
                    + " as possible, delegations in order. Seats given by hand stay. Every placement says why.")
    public TablePlanView previewTablePlan(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId,
            @Valid @Nullable TablePlanRequest request) {
        return seating.preview(meetingId, mealId, request);
    }

    @POST
    @Path("/{mealId}/table-plan/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Seat the meal by protocol",
            description = "Plans as the preview does and puts the plan in force, moving only what differs; seats"
                    + " given by hand stay. Publishes table-assigned for each seat given or changed and"
                    + " table-unassigned for each seat taken away.")
    public AppliedTablePlanView applyTablePlan(@PathParam("meetingId") UUID meetingId,
            @PathParam("mealId") UUID mealId, @Valid @Nullable TablePlanRequest request) {
        return seating.apply(meetingId, mealId, request, caller.name());
    }

    @GET
    @Path("/{mealId}/seats")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Who sits where at a meal, by table rank and seat")
    public PageResult<TableSeatView> listTableSeats(@PathParam("meetingId") UUID meetingId,
            @PathParam("mealId") UUID mealId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(seating.list(meetingId, mealId), paging);
    }

    @GET
    @Path("/{mealId}/seats/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
        Roles.ATTENDEE})
    @Operation(summary = "Someone's table and seat at a meal", description = "An attendee reads only their own.")
    public TableSeatView getTableSeat(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId,
            @PathParam("attendeeId") UUID attendeeId) {
        if (caller.isAttendeeOnly() && !caller.attendeeId().map(attendeeId::equals).orElse(false)) {
            throw ProblemException.notFound(RecordNames.TABLE_SEAT, attendeeId);
        }
        return seating.get(meetingId, mealId, attendeeId);
    }

    @PUT
    @Path("/{mealId}/seats/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Seat someone by hand, or move them (pinned: a table plan never moves it)",
            description = "Made only if the seat is held by expectedHolder, or free when that is left out; otherwise"
                    + " 409 naming who holds it. A holder expected and found gives the seat up (table-unassigned)."
                    + " Publishes table-assigned.")
    public TableSeatView seatAtTable(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId,
            @PathParam("attendeeId") UUID attendeeId, @Valid @NotNull SeatRequest request) {
        return seating.seat(meetingId, mealId, attendeeId, request, caller.name());
    }

    @DELETE
    @Path("/{mealId}/seats/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Take someone's seat at a meal away", description = "Publishes table-unassigned.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void releaseTableSeat(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId,
            @PathParam("attendeeId") UUID attendeeId) {
        seating.release(meetingId, mealId, attendeeId);
    }

    @GET
    @Path("/{mealId}/diet-counts")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "For the kitchen: how many are seated and with which diets, for the meal and per table")
    public DietCountsView getDietCounts(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId) {
        return seating.dietCounts(meetingId, mealId);
    }

    @GET
    @Path("/{mealId}/table-cards")
    @Produces(PDF)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Table cards (桌卡), PDF: one page per table that has anyone, its number large and the"
            + " names in seat order")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PDF,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public Response printTableCards(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId) {
        TableSeatingService.Setting setting = seating.printable(meetingId, mealId);
        return Response.ok(DiningCards.tableCards(setting, seating.seated(setting)), PDF)
                .header("Content-Disposition", "inline; filename=\"table-cards.pdf\"").build();
    }

    @GET
    @Path("/{mealId}/meal-cards")
    @Produces(PDF)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Meal cards (就餐卡), PDF: one card per person seated, with the hall, table and seat")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PDF,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public Response printMealCards(@PathParam("meetingId") UUID meetingId, @PathParam("mealId") UUID mealId) {
        TableSeatingService.Setting setting = seating.printable(meetingId, mealId);
        return Response.ok(DiningCards.mealCards(setting, seating.seated(setting)), PDF)
                .header("Content-Disposition", "inline; filename=\"meal-cards.pdf\"").build();
    }
}
