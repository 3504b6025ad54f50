// benchmark: leak GDPR002
// An update definition sets a field to the e-mail.
using MongoDB.Driver;

public sealed class ProfileDocument
{
    public string Id { get; set; } = "";
    public string Contact { get; set; } = "";
    public string Plan { get; set; } = "";
}

public sealed class Profiles
{
    public void Update(IMongoCollection<ProfileDocument> collection, string id, Customer customer)
    {
        collection.UpdateOne(Builders<ProfileDocument>.Filter.Eq(d => d.Id, id), Builders<ProfileDocument>.Update.Set(d => d.Contact, customer.Email)); // expected
    }
}
