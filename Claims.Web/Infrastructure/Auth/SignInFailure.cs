using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>Why a sign-in was refused, as the audit records it.</summary>
public enum SignInFailureReason
{
    UnknownUser,
    WrongPassword,
    LockedOut,
    AddressLimited,
}

/// <summary>The audit record of one refused sign-in, on the login form or the token endpoint.</summary>
public sealed class SignInFailure
{
    public const int MaxUserNameLength = 100;
    public const int MaxAddressLength = 64;

    private SignInFailure() { }

    public long Id { get; private set; }
    /// <summary>As typed, cut to <see cref="MaxUserNameLength"/>: a guess need not be a user.</summary>
    public string UserName { get; private set; } = "";
    public string Address { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public SignInFailureReason Reason { get; private set; }

    public static SignInFailure Record(string userName, string? address, DateTimeOffset at, SignInFailureReason reason) => new()
    {
        UserName = Cut(userName, MaxUserNameLength),
        Address = Cut(address ?? "unknown", MaxAddressLength),
        At = at,
        Reason = reason,
    };

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
