using BriefBot.Core.Digests;
using BriefBot.Core.State;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

public sealed class IBotStateTests
{
    [Fact]
    public void A_corrupt_state_file_is_not_replaced_and_the_error_says_where_it_is_and_how_to_restore_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "state.db");
        byte[] garbage = [.. Enumerable.Range(0, 65536).Select(i => (byte)(i * 7919 % 251))];
        File.WriteAllBytes(path, garbage);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new LiteDbBotState(Options.Create(new DigestOptions { StatePath = path })));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("restore", error.Message, StringComparison.Ordinal);
            Assert.Equal(garbage, File.ReadAllBytes(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
