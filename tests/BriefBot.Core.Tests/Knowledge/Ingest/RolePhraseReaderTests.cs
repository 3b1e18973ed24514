using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Text;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

public sealed class RolePhraseReaderTests
{
    /// <summary>The roles read beside <paramref name="name"/> where it is written in <paramref name="sentence"/>.</summary>
    private static List<string> RolesOf(string sentence, string name)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        var start = tokens.Select((t, i) => (t, i)).First(x => x.t.Start == at).i;
        var end = tokens.Select((t, i) => (t, i)).First(x => x.t.End == at + name.Length).i + 1;
        return RolePhraseReader.Read(tokens, start, end, sentence);
    }

    [Theory]
    [InlineData("\"Demand is weak,\" said Jane Marlow, senior managing director of Harbour Research Institute.", "senior managing director of Harbour Research Institute")]
    [InlineData("Jane Marlow, regional manager, loans unit, at Harbour Bank Plc, said the talks went well.", "regional manager")]
    [InlineData("Jane Marlow, economics spokesman for the ruling Harbour Party, conceded the cuts were unrealistic.", "economics spokesman for the ruling Harbour Party")]
    [InlineData("Jane Marlow, chairman of Harbour Shipping Co, said profits rose.", "chairman of Harbour Shipping Co")]
    [InlineData("Jane Marlow, president of National Harbour Corp, said, \"That is possible.\"", "president of National Harbour Corp")]
    [InlineData("\"Leave it to officials,\" Jane Marlow, Chairman of the lower house finance committee, told the group.", "Chairman of the lower house finance committee")]
    [InlineData("Jane Marlow, a spokesman for Harbour Shipping, declined to comment.", "spokesman for Harbour Shipping")]
    [InlineData("Jane Marlow, adviser to the prime minister, left.", "adviser to the prime minister")]
    [InlineData("Jane Marlow, a close aide to President Tom Reed, resigned.", "close aide to President Tom Reed")]
    [InlineData("Jane Marlow, Head Trader at Harbour Securities, said gilts fell.", "Head Trader at Harbour Securities")]
    [InlineData("Inflation may rise, says Jane Marlow, head of the private Harbour university.", "head of the private Harbour university")]
    public void An_apposition_after_the_name_is_its_role(string sentence, string role)
    {
        Assert.Equal([role], RolesOf(sentence, "Jane Marlow"));
    }

    [Theory]
    [InlineData("Profits will hold, deputy chairman Jane Marlow told reporters.", "deputy chairman")]
    [InlineData("Group president Jane Marlow said the firm would buy more.", "Group president")]
    [InlineData("Harbour Department spokesman Jane Marlow told reporters nothing was agreed.", "Harbour Department spokesman")]
    [InlineData("Harbour Shipping's chief executive Jane Marlow resigned on Friday.", "Harbour Shipping's chief executive")]
    [InlineData("The plan was attacked by economics minister Jane Marlow.", "economics minister")]
    [InlineData("Bank of Sylvania governor Jane Marlow cut rates.", "Bank of Sylvania governor")]
    public void A_lower_case_title_before_the_name_is_its_role(string sentence, string role)
    {
        Assert.Equal([role], RolesOf(sentence, "Jane Marlow"));
    }

    [Theory]
    [InlineData("He met Prime Minister Jane Marlow, Foreign Minister Tom Reed, and the central bank governor.")]
    [InlineData("Jane Marlow, accompanied by senior advisers, arrived on Monday.")]
    [InlineData("Jane Marlow, who chairs the board, said nothing.")]
    [InlineData("Jane Marlow was speaking at a meeting whose members are former Sylvanian President Tom Reed and others.")]
    [InlineData("Prime Minister Jane Marlow, party executive council chairman Tom Reed and two ministers met.")]
    [InlineData("He will meet President Tom Reed, Vice President Jane Marlow, Secretary of State Ann Hale, and others.")]
    [InlineData("Before meeting with Jane Marlow, the Crown Prince paid a brief call on President Tom Reed.")]
    [InlineData("Jane Marlow told reporters the deal was off.")]
    public void A_second_person_in_a_list_or_a_clause_is_no_role(string sentence)
    {
        Assert.Empty(RolesOf(sentence, "Jane Marlow"));
    }

    [Fact]
    public void A_title_followed_by_a_possessive_is_still_a_role()
    {
        Assert.Equal(["President Reed's security adviser"], RolesOf("Jane Marlow, President Reed's security adviser, resigned.", "Jane Marlow"));
    }
}
