using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Who.Chart;
using BriefBot.Core.Replies;
using SkiaSharp;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who.Chart;

/// <summary><c>/who NAME chart:png</c>: the card, with the actor's relation picture attached.</summary>
public sealed class WhoChartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chart_png_keeps_the_card_and_attaches_the_actors_it_shares_events_with()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var card = await shelf.AskAsync("/who Sylvania", Ct);
        var reply = await shelf.AskAsync("/who Sylvania chart:png", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(card.Title, reply.Title);
        Assert.Null(card.Attachment);
        var file = Assert.IsType<ReplyAttachment>(reply.Attachment);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal("who-sylvania.png", file.FileName);
        using var image = SKBitmap.Decode(file.Content);
        Assert.Equal((WhoChartPlanner.Width, WhoChartPlanner.Height), (image.Width, image.Height));

        var actor = shelf.Store.Read(reader => reader.GetActor(reader.Index.Entries.Single(a => a.Name == "Sylvania").Id))!;
        var neighbours = shelf.Store.Read(reader => WhoChart.Neighbours(reader, actor));
        Assert.NotEmpty(neighbours);
        Assert.Equal(actor.Related.Count(r => r.SharedEvents > 0), neighbours.Count);
        var layout = WhoChartPlanner.Plan(actor.Name, actor.Kind, neighbours);
        foreach (var node in layout.Neighbours.Append(layout.Centre))
        {
            var pixel = image.GetPixel((int)node.X, (int)node.Y);
            Assert.Equal((node.Colour.R, node.Colour.G, node.Colour.B), (pixel.Red, pixel.Green, pixel.Blue));
        }
    }

    [Fact]
    public async Task The_same_shelf_draws_the_same_bytes_and_discords_option_asks_for_them()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var first = await shelf.AskAsync("/who Sylvania chart:png", Ct);
        var second = await shelf.AskAsync("/who Sylvania chart:PNG", Ct);
        var discord = await shelf.Dispatcher().DispatchAsync(new CommandRequest
        {
            Command = "who",
            Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = "Sylvania", ["chart"] = "png" },
        }, Ct);

        Assert.Equal(first.Attachment!.Content, second.Attachment!.Content);
        Assert.Equal(first.Attachment.Content, discord.Attachment!.Content);
    }

    [Fact]
    public async Task An_unknown_picture_is_said_so_and_a_picker_keeps_asking_for_the_picture()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var bad = await shelf.AskAsync("/who Sylvania chart:gif", Ct);
        var picker = await shelf.AskAsync("/who Firefly chart:png", Ct);

        Assert.Equal(ReplyKind.Invalid, bad.Kind);
        Assert.Contains("chart:png", bad.Summary, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Choice, picker.Kind);
        Assert.All(picker.Choices, c => Assert.EndsWith(" chart:png", c.Command, StringComparison.Ordinal));
    }
}
