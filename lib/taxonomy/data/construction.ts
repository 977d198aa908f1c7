export default `
# Construction and building trades: estimating, site work, building services, civil works.
`;
