using System.ComponentModel.DataAnnotations;

namespace Claims.Web.Features.Portal;

/// <summary>Bound from <c>Portal</c>: the policyholder's online claim page (one-time codes, signed status links, rate limit).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The rate-limiting policy every /claim-online route carries.</summary>
    public const string RateLimitPolicy = "portal";

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "must be between 1 and 60 minutes.")]
    public TimeSpan CodeValidFor { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 20, ErrorMessage = "must be between 1 and 20.")]
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>Codes sent for one policy per hour, whatever the client address: a flood of requests cannot flood the policyholder.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100.")]
    public int CodesPerPolicyPerHour { get; set; } = 5;

    /// <summary>How long the status link in a claim mail stays valid; every mail carries a fresh one.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "400.00:00:00", ErrorMessage = "must be between 1 hour and 400 days.")]
    public TimeSpan LinkValidFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Requests per client address per minute to the /claim-online pages and their photo routes.</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10,000.")]
    public int RequestsPerMinute { get; set; } = 60;
}
