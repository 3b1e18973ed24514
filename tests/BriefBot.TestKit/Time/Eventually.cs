namespace BriefBot.TestKit.Time;

/// <summary>
/// Waits, without sleeping, for work on another task (a delivery's last step, a sweep) to make a condition true:
/// yields until it holds, and fails the test when the patience given runs out first.
/// </summary>
public static class Eventually
{
    public static async Task Until(Func<bool> condition, TimeSpan patience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
