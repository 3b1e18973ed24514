using BriefBot.Core.Knowledge.Ingest.Names;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest.Names;

public sealed class FeatureTableTests
{
    [Fact]
    public void Finds_the_row_of_every_feature_and_none_of_others()
    {
        var random = new Random(17);
        var index = new Dictionary<ulong, int> { [0] = 7 };
        while (index.Count < 5000)
        {
            index.TryAdd((ulong)random.NextInt64(), index.Count);
        }

        var table = new FeatureTable(index);
        foreach (var (key, row) in index)
        {
            Assert.True(table.TryGetRow(key, out var found));
            Assert.Equal(row, found);
        }

        for (var i = 0; i < 5000; i++)
        {
            var key = (ulong)random.NextInt64();
            Assert.Equal(index.ContainsKey(key), table.TryGetRow(key, out _));
        }
    }

    [Fact]
    public void A_model_without_the_zero_hash_does_not_find_it() =>
        Assert.False(new FeatureTable(new Dictionary<ulong, int> { [1] = 0 }).TryGetRow(0, out _));
}
