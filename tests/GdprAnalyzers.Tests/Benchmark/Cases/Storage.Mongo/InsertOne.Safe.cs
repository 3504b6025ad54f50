// benchmark: safe GDPR002
// The document type declares purpose and basis.
using GdprAnalyzers.Annotations;
using MongoDB.Driver;

[ProcessingPurpose("Keep the contact details the customer gave for delivery updates")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class ContactDocument
{
    public string Id { get; set; } = "";
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class Contacts
{
    public void Add(IMongoCollection<ContactDocument> collection, ContactDocument document)
    {
        collection.InsertOne(document);
    }
}
