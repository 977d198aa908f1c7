export default `
# Transport and logistics: driving, warehousing, freight, fleet.
`;
