using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Slack;

public sealed partial class FakeSlackServer
{
    /// <summary>The messages posted to a channel, oldest first, as a member would see them.</summary>
    public IReadOnlyList<JsonObject> ChannelMessages(string channel)
    {
        lock (_gate)
        {
            return [.. _posted.Where(m => m.Channel == channel).Select(m => (JsonObject)m.Message.DeepClone())];
        }
    }
}
