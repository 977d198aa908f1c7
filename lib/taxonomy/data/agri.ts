export default `
# Agriculture, animals and environment: farming, horticulture, veterinary, environmental work.
`;
