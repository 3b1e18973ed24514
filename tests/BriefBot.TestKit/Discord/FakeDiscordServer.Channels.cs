using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Discord;

public sealed partial class FakeDiscordServer
{
    /// <summary>The messages a channel holds, oldest first, as a member would see them.</summary>
    public IReadOnlyList<JsonObject> ChannelMessages(string channel)
    {
        lock (_gate)
        {
            return [.. _channelMessages.Where(m => m.Channel == channel).Select(m => (JsonObject)m.Message.DeepClone())];
        }
    }
}
