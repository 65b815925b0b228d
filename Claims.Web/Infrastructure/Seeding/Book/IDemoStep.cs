namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>One business state of the demo book, reached through the app's own handlers and workflows; returns how many it made.</summary>
public interface IDemoStep
{
    /// <summary>Steps run in this order: history first, then the work in flight, then the daily jobs as of the book's date.</summary>
    int Order { get; }

    string Name { get; }

    Task<int> RunAsync(DemoBook book, CancellationToken ct);
}
