namespace BriefBot.Core.Knowledge.Model;

public enum ActorKind
{
    Person,
    State,
    Organisation,
    Place,
    Other,
}
