using System.Globalization;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>This module's expected failures; messages from EventsResource in the user's language.</summary>
public static class EventErrors
{
    private static readonly ModuleErrors Errors = new(typeof(EventsResource));

    public static Error NotFound => Make("events.not_found", "Error_NotFound");
    public static Error Conflict => Make("events.conflict", "Error_Conflict");
    public static Error NoStation => Make("events.no_station", "Error_NoStation", "StationId");
    public static Error NotDraft => Make("events.not_draft", "Error_NotDraft");
    public static Error NotSubmitted => Make("events.not_submitted", "Error_NotSubmitted");
    public static Error NotPublishable => Make("events.not_publishable", "Error_NotPublishable");
    public static Error NeedsApproval => Make("events.needs_approval", "Error_NeedsApproval");
    public static Error NotPublished => Make("events.not_published", "Error_NotPublished");
    public static Error NotFinished => Make("events.not_finished", "Error_NotFinished");
    public static Error NotStarted => Make("events.not_started", "Error_NotStarted");
    public static Error AlreadyOver => Make("events.already_over", "Error_AlreadyOver", "EndsAt");
    public static Error NotEditable => Make("events.not_editable", "Error_NotEditable");
    public static Error Closed => Make("events.closed", "Error_Closed");
    public static Error ReasonRequired => Make("events.reason_required", "Error_ReasonRequired", "Reason");
    public static Error NegativeCount => Make("events.negative_count", "Error_NegativeCount");
    public static Error UnknownRegion => Make("events.unknown_region", "Error_UnknownRegion", "RegionCode");
    public static Error RegionOutsideScope => Make("events.region_scope", "Error_RegionOutsideScope", "RegionCode");
    public static Error EndBeforeStart => Make("events.end_before_start", "Error_EndBeforeStart", "EndsAt");
    public static Error WindowOrder => Make("events.window_order", "Error_WindowOrder", "RegistrationClosesAt");
    public static Error WindowAfterEnd => Make("events.window_after_end", "Error_WindowAfterEnd", "RegistrationClosesAt");
    public static Error VenueRequired => Make("events.venue_required", "Error_VenueRequired", "Venue");
    public static Error LivestreamRequired => Make("events.livestream_required", "Error_LivestreamRequired", "LivestreamUrl");
    public static Error LivestreamInvalid => Make("events.livestream_invalid", "Error_LivestreamInvalid", "LivestreamUrl");
    public static Error UnknownOffice => Make("events.unknown_office", "Error_UnknownOffice", "OfficeId");
    public static Error NotOrganiser => Make("events.not_organiser", "Error_NotOrganiser");
    public static Error SeriesDates => Make("events.series_dates", "Error_SeriesDates", "Until");
    public static Error SeriesTooLong => Make("events.series_too_long", "Error_SeriesTooLong", "Until");
    public static Error NotOpen => Make("events.not_open", "Error_NotOpen");
    public static Error AlreadyRegistered => Make("events.already_registered", "Error_AlreadyRegistered");
    public static Error NotRegistered => Make("events.not_registered", "Error_NotRegistered");
    public static Error AlreadyCheckedIn => Make("events.already_checked_in", "Error_AlreadyCheckedIn");
    public static Error Busy => Make("events.busy", "Error_Busy");
    public static Error NoEmployer => Make("events.no_employer", "Error_NoEmployer");
    public static Error EmployerNotVerified => Make("events.employer_not_verified", "Error_EmployerNotVerified");
    public static Error NoBooths => Make("events.no_booths", "Error_NoBooths");
    public static Error BoothsFull => Make("events.booths_full", "Error_BoothsFull");
    public static Error AlreadyBooked => Make("events.already_booked", "Error_AlreadyBooked");
    public static Error NotOwnJob => Make("events.not_own_job", "Error_NotOwnJob", "JobIds");
    public static Error TicketInvalid => Make("events.ticket_invalid", "Error_TicketInvalid", "Code");
    public static Error TicketUsed => Make("events.ticket_used", "Error_TicketUsed", "Code");
    public static Error TicketNotSeated => Make("events.ticket_not_seated", "Error_TicketNotSeated", "Code");
    public static Error NoAudienceProvider => Make("events.no_audience", "Error_NoAudienceProvider");

    public static Error CapacityBelowTaken(int taken) => Formatted(Make("events.capacity_below_taken", "Error_CapacityBelowTaken", "Capacity"), taken);
    public static Error BoothsBelowTaken(int taken) => Formatted(Make("events.booths_below_taken", "Error_BoothsBelowTaken", "Booths"), taken);

    /// <summary>The door is not open yet; says when it opens (Beijing time).</summary>
    public static Error CheckInNotYet(DateTime opensAtUtc) => Formatted(Make("events.checkin_not_yet", "Error_CheckInNotYet", "Code"), Display.Time(opensAtUtc));

    public static Error CheckInOver(DateTime closedAtUtc) => Formatted(Make("events.checkin_over", "Error_CheckInOver", "Code"), Display.Time(closedAtUtc));

    /// <summary>A ticket of another event, named so the door staff can send the person on.</summary>
    public static Error TicketOtherEvent(string title) => Formatted(Make("events.ticket_other_event", "Error_TicketOtherEvent", "Code"), title);

    private static Error Formatted(Error error, params object[] arguments) =>
        error with { Message = string.Format(CultureInfo.CurrentCulture, error.Message, arguments) };

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
