using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>One cookie sign-in; the cookie names it, and it stops working on every node once it has ended.</summary>
public sealed class UserSession
{
    private UserSession() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public static UserSession Start(Guid userId, DateTimeOffset now) => new() { Id = Guid.NewGuid(), UserId = userId, StartedAt = now };
}
