export default `
# Social care and public service: care work, casework, safeguarding, public administration.
`;
