namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>The feature templates; their numbers are part of the model file, so only ever append.</summary>
internal enum FeatureTemplate
{
    Bias = 1,
    Word,
    Lower,
    Shape,
    Prefix,
    Suffix,
    LowerAt,
    ShapeAt,
    LowerBigramLeft,
    LowerBigramRight,
    ShapeTrigram,
    Position,
    CapsLineShape,
    CapsLineLower,
    Gazetteer,
    GazetteerAt,
    CorpusCase,
    CorpusCaseCapsLine,
    DocumentCase,
    DocumentCaseCapsLine,
    PreviousLowerShape,
    Cluster,
    ClusterAt,
    ShapeLower,
    DocumentPlace,
}
