using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Shelf;
using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class ShelfCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_cannot_manage_the_channel_may_not_add_to_the_shelf_but_may_list()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/page", "text/html", Pages.Story());
        var command = new ShelfCommand(rig.Intake, rig.State, rig.Time);
        var chat = new CommandRequest { Command = "shelf", Text = "add " + rig.Web.Url("/page"), Platform = Platform.Discord, ChannelId = "1", CanManageChannel = false };

        var refused = await command.HandleAsync(chat, Ct);
        var listed = await command.HandleAsync(chat with { Text = "list" }, Ct);

        Assert.Equal(ReplyKind.Invalid, refused.Kind);
        Assert.Contains("Only people who can manage this channel", refused.Summary, StringComparison.Ordinal);
        Assert.Empty(rig.Web.Requests);
        Assert.Equal(ReplyKind.NotFound, listed.Kind);
    }

    [Fact]
    public async Task An_admin_adds_a_link_and_follows_a_feed_from_chat_options()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/page", "text/html", Pages.Story());
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(("g1", "/page", "Border talks", null)));
        var command = new ShelfCommand(rig.Intake, rig.State, rig.Time);
        var admin = new CommandRequest { Command = "shelf", Platform = Platform.Slack, ChannelId = "C1", CanManageChannel = true };

        var added = await command.HandleAsync(admin with { Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["action"] = "add", ["target"] = rig.Web.Url("/page").AbsoluteUri } }, Ct);
        var followed = await command.HandleAsync(admin with { Text = $"feed {rig.Web.Url("/feed.xml")} 30m" }, Ct);
        var status = PlainTextRenderer.Render(await command.HandleAsync(admin with { Text = "status" }, Ct));

        Assert.Equal("Added to the shelf", added.Title);
        Assert.Equal("Feed followed", followed.Title);
        Assert.Contains("read every 30m: 0 added, 1 already on the shelf.", followed.Summary, StringComparison.Ordinal);
        Assert.Contains("1 feeds (0 failing), 1 articles taken in", status, StringComparison.Ordinal);
        Assert.Single(rig.ArticleFiles());
    }

    [Fact]
    public async Task A_feed_from_configuration_cannot_be_removed_from_chat()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), null, null, fromConfiguration: true);
        var command = new ShelfCommand(rig.Intake, rig.State, rig.Time);

        var reply = await command.HandleAsync(CommandRequest.FromText("/shelf remove " + source.Id), Ct);

        Assert.Equal("Set in configuration", reply.Title);
        Assert.NotNull(rig.State.GetSource(source.Id));
    }
}
