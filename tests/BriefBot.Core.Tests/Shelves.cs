using BriefBot.TestKit.Knowledge;

namespace BriefBot.Core.Tests;

/// <summary>Small invented shelves, so no test depends on the real articles.</summary>
internal static class Shelves
{
    public const string Gazetteer = """
        - name: Freedonia
          kind: state
          demonyms: [Freedonian]
          metonyms: [Fredville]
        - name: Sylvania
          kind: state
          aliases: [Republic of Sylvania]
          demonyms: [Sylvanian]
          metonyms: [Sylvan City]
        - name: Rufus Firefly
          kind: person
          aliases: [Rufus T. Firefly]
        - name: Teasdale Firefly
          kind: person
        - name: League of Coastal States
          kind: organisation
          acronyms: [LCS]
        - name: Port Marl
          kind: place
        """;

    /// <summary>Two articles telling the same harbour attack, one ambiguous surname, a titled newcomer.</summary>
    public static TestShelf Harbour() => new TestShelf()
        .WithGazetteer(Gazetteer)
        .WithArticle("harbour-one", "Crisis at Port Marl", "2031-06-10", """
            On June 2, 2031, Sylvanian gunboats shelled the harbour of Port Marl, damaging the Freedonian customs house.

            President Rufus Firefly condemned the shelling the following day and recalled his envoy from Sylvan City.

            Former President Teasdale Firefly first proposed a naval pact with Sylvania in the 1990s.

            Freedonian officials said Sylvania had violated the truce of 2029.
            """, "Margaret Dumont")
        .WithArticle("harbour-two", "Shelling of Port Marl strains ties", "2031-06-12", """
            Sylvania shelled Port Marl on June 2, 2031, in an attack that damaged the customs house of Freedonia.

            Firefly said the harbour would reopen. Sylvanian Foreign Minister Chicolini Ravelli denied that Sylvania had fired first.

            The League of Coastal States (LCS) convened an emergency meeting in Fredville on June 5, 2031.
            """);
}
