using Claims.Domain.Common;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Workflows.Tasks;

namespace Claims.Tests.Messaging;

/// <summary>Test data for the messaging tests.</summary>
internal static class TestTasks
{
    public static WorkTask Open(string? user = null) =>
        WorkTask.Open("approve-estimate", "Approve estimate", user is null ? Roles.LossAdjuster : null, user, DateTime.UtcNow, null, null, ["approve", "reject"]);

    public static WorkTaskCompleted Completed(Guid? taskId = null) =>
        new(taskId ?? Guid.NewGuid(), null, null, "approve", null, "adjuster", DateTime.UtcNow);
}
