using System.ComponentModel.DataAnnotations;
using Yincai.Modules.Events.Contracts;

namespace Yincai.Modules.Events;

/// <summary>The event form: times are Beijing wall-clock time, as people read them.</summary>
public sealed class EventForm
{
    [Display(Name = "Field_Kind")] public EventKind Kind { get; set; } = EventKind.ComprehensiveJobFair;
    [Required(ErrorMessage = "Required"), StringLength(100, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_Title")]
    public string Title { get; set; } = "";
    [Required(ErrorMessage = "Required"), StringLength(4000, MinimumLength = 10, ErrorMessage = "StringLength"), Display(Name = "Field_Description")]
    public string Description { get; set; } = "";
    [Required(ErrorMessage = "Required"), Display(Name = "Field_Region")] public string? RegionCode { get; set; }

    /// <summary>The organising office (officers); a station operator's events name the station instead.</summary>
    [Display(Name = "Field_Office")] public Guid? OfficeId { get; set; }
    /// <summary>A station operator's event: which of their named stations organises it (STN-11).</summary>
    [Display(Name = "Field_Station")] public Guid? StationId { get; set; }

    [Display(Name = "Field_IsOnline")] public bool IsOnline { get; set; }
    [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_Venue")] public string? Venue { get; set; }
    [StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_Livestream")] public string? LivestreamUrl { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_StartsAt")] public DateTime? StartsAt { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_EndsAt")] public DateTime? EndsAt { get; set; }
    [Display(Name = "Field_Audience")] public EventAudience Audience { get; set; } = EventAudience.All;
    [Range(0, 100_000, ErrorMessage = "Range"), Display(Name = "Field_Capacity")] public int Capacity { get; set; } = 100;
    [Range(0, 5_000, ErrorMessage = "Range"), Display(Name = "Field_Booths")] public int Booths { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_RegistrationOpensAt")] public DateTime? RegistrationOpensAt { get; set; }
    [Required(ErrorMessage = "Required"), Display(Name = "Field_RegistrationClosesAt")] public DateTime? RegistrationClosesAt { get; set; }

    [Range(0, EventDetails.MaxCheckInMinutes, ErrorMessage = "Range"), Display(Name = "Field_CheckInOpensMinutesBefore")]
    public int CheckInOpensMinutesBefore { get; set; } = EventDetails.DefaultCheckInOpensMinutesBefore;

    /// <summary>Empty: the door stays open to the end of the event's last day.</summary>
    [Range(0, EventDetails.MaxCheckInMinutes, ErrorMessage = "Range"), Display(Name = "Field_CheckInClosesMinutesAfter")]
    public int? CheckInClosesMinutesAfter { get; set; }
}
