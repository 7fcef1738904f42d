from crmdesk.domain.records import AddressData
from crmdesk.services.customers import CustomerQuery


def test_create_and_find_customer(services):
    data = services.customers.new_customer()
    data.name = "Société Générale Müller"
    data.phone = "06 12 34 56 78"
    data.addresses = [AddressData(street1="1 rue de la Paix", postal_code="75002", city="Paris")]
    created = services.customers.create(data)
    assert created.code == "C000001"
    for text in ("societe", "mull", "06 12", "+33 6 12", "750", "so"):
        assert services.customers.count(CustomerQuery(text=text)) == 1, text
    assert services.customers.count(CustomerQuery(text="zzz")) == 0


def test_short_queries_match_word_starts_on_every_backend(services):
    data = services.customers.new_customer()
    data.name = "Société des Eaux-Vives"
    data.email = "contact@eaux.fr"
    services.customers.create(data)
    for text in ("ea", "e", "vi", "so", "co"):
        assert services.customers.count(CustomerQuery(text=text)) == 1, text
    for text in ("au", "x", "iv", "oc"):
        assert services.customers.count(CustomerQuery(text=text)) == 0, text
