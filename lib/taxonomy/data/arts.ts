export default `
# Arts, media and culture: performing arts, crafts, publishing, broadcasting.
`;
