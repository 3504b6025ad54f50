// benchmark: leak GDPR004
// The prediction is used directly as the decision.
using GdprAnalyzers.Annotations;
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class FraudInput
{
    [PersonalData(PersonalDataCategory.OnlineIdentifier)] public string IpAddress { get; set; } = "";
    public float Amount { get; set; }
}

public sealed class FraudPrediction
{
    [ColumnName("PredictedLabel")] public bool Block { get; set; }
}

public sealed class Fraud
{
    public FraudPrediction Check(PredictionEngine<FraudInput, FraudPrediction> engine, FraudInput input) =>
        engine.Predict(input); // expected
}
