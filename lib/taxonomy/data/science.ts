export default `
# Science and laboratory: named lab techniques, instruments, analysis methods and scientific software.
# Acronyms that collide with other meanings are left out on purpose (GC, SEM, PK, PD, DFT, NCA, TLC, HTS, SFC,
# AAS, TGA, ITC, AUC, MSD, IPA, SAR, SPE, MOE, PDB, WES, LBA, bare "Empower"); the long forms and safe compound
# forms are kept. Skills flagged cs list their other casings as aliases so the long form still matches.
# Owned elsewhere and only referenced here: pharmacology, aseptic-technique, glp, good-documentation-practices,
# real-world-evidence, specimen-collection, clinical-trial-management (health); biostatistics (data);
# remote-sensing (eng).

# Life-science disciplines
molecular-biology | Molecular biology | | | cell-biology, molecular-cloning, pcr, biochemistry | e:m
cell-biology | Cell biology | | | molecular-biology, cell-culture, immunology | e:m
biochemistry | Biochemistry | | | molecular-biology, protein-purification, enzyme-assays | e:m
immunology | Immunology | | | flow-cytometry, immunoassays, immuno-oncology | e:m
immuno-oncology | Immuno-oncology | immuno oncology | immunology | immunology, car-t, flow-cytometry | e:m
microbiology | Microbiology | | | bacterial-culture, aseptic-technique, clinical-microbiology | e:m
virology | Virology | | microbiology | plaque-assays, viral-transduction, cell-culture | e:m
bacteriology | Bacteriology | | microbiology | bacterial-culture, antimicrobial-susceptibility-testing | e:m
neuroscience | Neuroscience | | | electrophysiology, calcium-imaging, optogenetics | e:m
toxicology | Toxicology | | | pharmacology, toxicokinetics, human-health-risk-assessment | e:m
structural-biology | Structural biology | | | x-ray-crystallography, cryo-em, nmr-spectroscopy | e:m
biophysics | Biophysics | | | surface-plasmon-resonance, isothermal-titration-calorimetry, structural-biology | e:m
systems-biology | Systems biology | | | computational-biology, multi-omics, quantitative-systems-pharmacology | e:m
synthetic-biology | Synthetic biology | synbio | molecular-biology | metabolic-engineering, molecular-cloning, crispr | e:m
metabolic-engineering | Metabolic engineering | | synthetic-biology | fermentation, synthetic-biology | e:m
gene-therapy | Gene therapy | gene therapies | | viral-transduction, cell-therapy, crispr | e:m
cell-therapy | Cell therapy | cell therapies | | car-t, gene-therapy, flow-cytometry | e:m
car-t | CAR-T | CAR T, CAR-T cell therapy, CAR T cell therapy, CAR T-cell therapy, CAR-T cells, CAR T cells | cell-therapy | immuno-oncology, flow-cytometry, viral-transduction | e:m
drug-discovery | Drug discovery | | | drug-development, high-throughput-screening, medicinal-chemistry | e:m
drug-development | Drug development | clinical drug development, pharmaceutical drug development | | drug-discovery, clinical-trial-design, pharmacokinetics | e:m
translational-research | Translational research | translational medicine, translational science | | biomarker-discovery, drug-development | e:m
biomarker-discovery | Biomarker discovery | biomarker identification, biomarker development | | proteomics, assay-development, translational-research | e:m

# Omics and sequencing
genomics | Genomics | genomic | | next-generation-sequencing, bioinformatics, transcriptomics | e:m
transcriptomics | Transcriptomics | transcriptomic | | rna-seq, genomics, gene-expression-analysis | e:m
proteomics | Proteomics | proteomic | | mass-spectrometry, metabolomics, maxquant | e:m
metabolomics | Metabolomics | metabolomic | | mass-spectrometry, proteomics, lipidomics | e:m
lipidomics | Lipidomics | lipidomic | metabolomics | mass-spectrometry, metabolomics | e:m
epigenetics | Epigenetics | epigenomics, epigenomic, epigenetic analysis | | chip-seq, atac-seq | e:m
multi-omics | Multi-omics | multiomics, multi-omic, integrative omics, multi-omics integration | | genomics, proteomics, metabolomics | e:m
pharmacogenomics | Pharmacogenomics | pharmacogenetics, PGx | genomics | genotyping, precision-medicine | e:m
precision-medicine | Precision medicine | personalized medicine | | pharmacogenomics, biomarker-discovery | e:m
metagenomics | Metagenomics | metagenomic, shotgun metagenomics | genomics | amplicon-sequencing, microbiology | e:m
dna-sequencing | DNA sequencing | | | sanger-sequencing, next-generation-sequencing | e:w
sanger-sequencing | Sanger sequencing | | dna-sequencing | pcr, next-generation-sequencing | e:w
next-generation-sequencing | Next-generation sequencing | NGS, next generation sequencing, NextGen sequencing, high-throughput sequencing, massively parallel sequencing | dna-sequencing | rna-seq, ngs-library-preparation, bioinformatics | e:w
ngs-library-preparation | NGS library preparation | library preparation, library prep, sequencing library preparation, NGS library prep | next-generation-sequencing | next-generation-sequencing, pcr | e:w
illumina-sequencing | Illumina sequencing | Illumina | next-generation-sequencing | ngs-library-preparation | amb e:w
nanopore-sequencing | Nanopore sequencing | Oxford Nanopore | long-read-sequencing | next-generation-sequencing | e:w
pacbio-sequencing | PacBio sequencing | PacBio, SMRT sequencing | long-read-sequencing | nanopore-sequencing | e:w
long-read-sequencing | Long-read sequencing | long read sequencing, third-generation sequencing | next-generation-sequencing | nanopore-sequencing, pacbio-sequencing, genome-assembly | e:w
rna-seq | RNA-seq | RNA sequencing, RNAseq, RNA-Seq, bulk RNA-seq, transcriptome sequencing | next-generation-sequencing, transcriptomics | single-cell-rna-seq, deseq2, gene-expression-analysis | e:w
single-cell-rna-seq | Single-cell RNA-seq | scRNA-seq, scRNAseq, single-cell RNA sequencing, single cell RNA-seq, single-cell transcriptomics | rna-seq | seurat, scanpy, cell-ranger | e:m
spatial-transcriptomics | Spatial transcriptomics | spatial transcriptomic, spatial gene expression | transcriptomics | single-cell-rna-seq, in-situ-hybridization | e:m
whole-genome-sequencing | Whole genome sequencing | whole-genome sequencing, WGS | next-generation-sequencing, genomics | variant-calling, genome-assembly | e:w
whole-exome-sequencing | Whole exome sequencing | whole-exome sequencing, exome sequencing | next-generation-sequencing | variant-calling, whole-genome-sequencing | e:w
chip-seq | ChIP-seq | ChIP-Seq, ChIPseq, chromatin immunoprecipitation sequencing | next-generation-sequencing | atac-seq, epigenetics | e:w
atac-seq | ATAC-seq | ATAC-Seq, ATACseq | next-generation-sequencing | chip-seq, epigenetics | e:w
amplicon-sequencing | Amplicon sequencing | 16S rRNA sequencing, 16S sequencing, 16S rRNA gene sequencing, metabarcoding, DNA metabarcoding | next-generation-sequencing | metagenomics, pcr | e:w
microarrays | Microarray analysis | microarrays, microarray, DNA microarrays, gene expression microarrays | | gene-expression-analysis, genotyping, rna-seq | e:w
genotyping | Genotyping | SNP genotyping | | gwas, pcr, microarrays | e:w
gene-expression-analysis | Gene expression analysis | gene expression profiling, expression profiling | | qpcr, rna-seq, microarrays | e:w
nanostring | NanoString | NanoString nCounter, nCounter | gene-expression-analysis | qpcr, rna-seq | e:w

# Bioinformatics and computational biology
bioinformatics | Bioinformatics | bioinformatic analysis, bioinformatics analysis | | computational-biology, genomics, python, r | e:m
computational-biology | Computational biology | | | bioinformatics, systems-biology | e:m
sequence-analysis | Sequence analysis | DNA sequence analysis, protein sequence analysis, sequence data analysis | bioinformatics | sequence-alignment, blast | e:w
sequence-alignment | Sequence alignment | multiple sequence alignment, read alignment | sequence-analysis | blast, bwa, clustal | e:w
variant-calling | Variant calling | variant detection, SNV calling | bioinformatics | gatk, whole-genome-sequencing | e:w
variant-interpretation | Variant interpretation | variant classification, variant curation | genomics | variant-calling | e:w
genome-assembly | Genome assembly | de novo assembly, de novo genome assembly | bioinformatics | long-read-sequencing | e:w
gwas | GWAS | genome-wide association study, genome-wide association studies, genome wide association studies | statistical-genetics | plink, genotyping | e:w
statistical-genetics | Statistical genetics | | statistics | gwas, population-genetics | e:m
population-genetics | Population genetics | | | phylogenetics, statistical-genetics | e:m
phylogenetics | Phylogenetics | phylogenetic analysis, phylogenomics | bioinformatics | sequence-alignment, population-genetics | e:w
pathway-analysis | Pathway analysis | pathway enrichment analysis, functional enrichment analysis | bioinformatics | gsea, ingenuity-pathway-analysis | e:w
gsea | GSEA | gene set enrichment analysis | pathway-analysis | pathway-analysis | e:d
protein-structure-prediction | Protein structure prediction | | computational-biology | alphafold, rosetta | e:w
blast | BLAST | basic local alignment search tool, NCBI BLAST, BLASTn, BLASTp | sequence-alignment | clustal, sequence-analysis | cs e:d
clustal | Clustal Omega | ClustalW, ClustalX, Clustal | sequence-alignment | blast | e:d
gatk | GATK | Genome Analysis Toolkit | variant-calling | bwa, samtools | e:w
bwa | BWA | Burrows-Wheeler Aligner | sequence-alignment | samtools, gatk | e:d
bowtie | Bowtie | Bowtie2, Bowtie 2 | sequence-alignment | bwa, hisat2 | amb e:d
hisat2 | HISAT2 | HISAT | sequence-alignment | rna-seq, bowtie | e:d
minimap2 | minimap2 | | sequence-alignment | long-read-sequencing | e:d
samtools | SAMtools | BCFtools | bioinformatics | bedtools, gatk | e:d
bedtools | BEDTools | | bioinformatics | samtools | e:d
plink | PLINK | | gwas | gwas | cs e:d
deseq2 | DESeq2 | DESeq | bioconductor | edger, rna-seq | e:d
edger | edgeR | | bioconductor | deseq2, limma | e:d
limma | limma | | bioconductor | edger, microarrays | e:d
bioconductor | Bioconductor | | r, bioinformatics | deseq2, seurat | e:w
seurat | Seurat | | r, single-cell-rna-seq | scanpy, bioconductor | e:w
scanpy | Scanpy | | python, single-cell-rna-seq | seurat, anndata | e:w
anndata | AnnData | | python | scanpy | e:d
cell-ranger | Cell Ranger | CellRanger, 10x Cell Ranger | single-cell-rna-seq | 10x-genomics, seurat | e:d
10x-genomics | 10x Genomics | 10X Genomics, 10x Chromium, 10X Chromium | single-cell-rna-seq | cell-ranger | e:w
biopython | Biopython | BioPython | python, bioinformatics | bioconductor | e:w
galaxy | Galaxy | Galaxy Project, Galaxy bioinformatics | bioinformatics | nextflow, snakemake | amb e:w
nextflow | Nextflow | | bioinformatics | snakemake, common-workflow-language | e:w
snakemake | Snakemake | | bioinformatics, python | nextflow | e:w
common-workflow-language | Common Workflow Language | CWL | | nextflow, workflow-description-language | e:w
workflow-description-language | WDL | Workflow Description Language, Cromwell WDL | | common-workflow-language, nextflow | e:w
igv | IGV | Integrative Genomics Viewer | bioinformatics | ucsc-genome-browser | e:d
ucsc-genome-browser | UCSC Genome Browser | UCSC browser | bioinformatics | igv, ensembl | e:d
ensembl | Ensembl | | bioinformatics | ucsc-genome-browser, genbank | e:d
genbank | GenBank | | bioinformatics | ensembl, blast | e:d
uniprot | UniProt | UniProtKB | bioinformatics | blast | e:d
clc-genomics-workbench | CLC Genomics Workbench | CLC Workbench, CLC Bio, QIAGEN CLC | bioinformatics | geneious | e:w
partek | Partek | Partek Flow, Partek Genomics Suite | bioinformatics | rna-seq | e:w
ingenuity-pathway-analysis | Ingenuity Pathway Analysis | QIAGEN IPA, Ingenuity IPA | pathway-analysis | gsea | e:w
alphafold | AlphaFold | AlphaFold2, AlphaFold 2, AlphaFold3 | protein-structure-prediction | rosetta, pymol | e:w
rosetta | Rosetta | RosettaCommons, Rosetta Commons, PyRosetta | protein-structure-prediction | alphafold, protein-engineering | amb e:m

# Molecular biology techniques
pcr | PCR | polymerase chain reaction | | qpcr, rt-pcr, primer-design | e:w
qpcr | qPCR | quantitative PCR, real-time PCR, real time PCR, RT-qPCR, qRT-PCR, quantitative real-time PCR | pcr | rt-pcr, digital-pcr, gene-expression-analysis | e:w
rt-pcr | RT-PCR | reverse transcription PCR, reverse transcriptase PCR, reverse-transcription polymerase chain reaction | pcr | qpcr | e:w
lamp-assays | Loop-mediated isothermal amplification | loop mediated isothermal amplification, LAMP assay, LAMP assays, RT-LAMP | molecular-diagnostics | pcr, qpcr | e:w
digital-pcr | Digital PCR | ddPCR, droplet digital PCR, dPCR | pcr | qpcr | e:w
primer-design | Primer design | primer and probe design, PCR primer design, oligo design | pcr | pcr, snapgene, primer3 | e:d
primer3 | Primer3 | | primer-design | primer-design | e:d
molecular-cloning | Molecular cloning | gene cloning, DNA cloning, subcloning | molecular-biology | pcr, site-directed-mutagenesis, snapgene | e:w
site-directed-mutagenesis | Site-directed mutagenesis | site directed mutagenesis | molecular-cloning | protein-engineering | e:w
nucleic-acid-extraction | Nucleic acid extraction | DNA extraction, RNA extraction, DNA isolation, RNA isolation, nucleic acid isolation, DNA/RNA extraction | molecular-biology | pcr, ngs-library-preparation | e:d
electrophoresis | Electrophoresis | | | gel-electrophoresis, sds-page, capillary-electrophoresis | e:w
gel-electrophoresis | Gel electrophoresis | agarose gel electrophoresis, agarose gels | electrophoresis | pcr, sds-page | e:d
transfection | Transfection | transient transfection, stable transfection | cell-culture | viral-transduction, molecular-cloning | e:w
viral-transduction | Viral transduction | lentiviral transduction, retroviral transduction, AAV transduction | cell-culture | transfection, gene-therapy | e:w
gene-editing | Gene editing | genome editing | molecular-biology | crispr, rnai | e:m
crispr | CRISPR | CRISPR-Cas9, CRISPR/Cas9, CRISPR Cas9, Cas9, CRISPRi, CRISPRa | gene-editing | crispr-screening, rnai | e:w
crispr-screening | CRISPR screening | CRISPR screens, pooled CRISPR screens, CRISPR knockout screens | crispr | high-throughput-screening, next-generation-sequencing | e:w
rnai | RNAi | RNA interference, siRNA knockdown, shRNA knockdown | gene-editing | crispr, transfection | e:w
in-situ-hybridization | In situ hybridization | in-situ hybridization, ISH | histology | fish, immunohistochemistry | e:w
fish | FISH | fluorescence in situ hybridization, Fluorescence in situ hybridization, Fluorescence In Situ Hybridization, fluorescent in situ hybridization | in-situ-hybridization | karyotyping | cs e:w
karyotyping | Karyotyping | cytogenetics, cytogenetic analysis | | fish | e:w
chromatin-immunoprecipitation | Chromatin immunoprecipitation | ChIP assays | molecular-biology | chip-seq | e:w
reporter-assays | Reporter gene assays | reporter assays, luciferase reporter assays | cell-based-assays | transfection | e:w

# Protein science and biochemistry
protein-expression | Protein expression | recombinant protein expression, protein production, recombinant protein production | biochemistry | protein-purification, molecular-cloning | e:w
protein-purification | Protein purification | recombinant protein purification, protein isolation | biochemistry | protein-expression, affinity-chromatography, akta | e:w
protein-characterization | Protein characterization | protein analytics, biophysical characterization | biochemistry | sds-page, mass-spectrometry, dynamic-light-scattering | e:w
protein-engineering | Protein engineering | | biochemistry | site-directed-mutagenesis, phage-display, antibody-engineering | e:m
antibody-engineering | Antibody engineering | | protein-engineering | phage-display, hybridoma, antibody-discovery | e:m
antibody-discovery | Antibody discovery | | | hybridoma, phage-display, antibody-engineering | e:m
hybridoma | Hybridoma technology | hybridoma, hybridoma generation, hybridoma fusion | antibody-discovery | phage-display | e:w
phage-display | Phage display | phage display library, phage library screening | antibody-discovery | hybridoma, protein-engineering | e:w
sds-page | SDS-PAGE | SDS PAGE, polyacrylamide gel electrophoresis | electrophoresis | western-blot, protein-characterization | e:d
western-blot | Western blot | Western blotting, Western blot analysis, immunoblotting, immunoblot | | sds-page, elisa | e:w
enzyme-assays | Enzyme assays | enzymatic assays, enzyme activity assays, enzyme kinetics | biochemical-assays | biochemistry | e:w
biochemical-assays | Biochemical assays | biochemical assay | assay-development | cell-based-assays, enzyme-assays | e:w
surface-plasmon-resonance | Surface plasmon resonance | SPR | biophysics | biacore, bio-layer-interferometry | e:w
biacore | Biacore | | surface-plasmon-resonance | bio-layer-interferometry | e:d
bio-layer-interferometry | Bio-layer interferometry | BLI, biolayer interferometry, Octet BLI | biophysics | surface-plasmon-resonance | e:w
isothermal-titration-calorimetry | Isothermal titration calorimetry | | biophysics | differential-scanning-calorimetry, surface-plasmon-resonance | e:w
differential-scanning-calorimetry | Differential scanning calorimetry | DSC, Differential Scanning Calorimetry, differential scanning calorimetry | thermal-analysis | differential-scanning-fluorimetry, thermogravimetric-analysis | cs e:w
differential-scanning-fluorimetry | Differential scanning fluorimetry | DSF, nanoDSF, thermal shift assay, thermal shift assays | biophysics | differential-scanning-calorimetry | e:w
dynamic-light-scattering | Dynamic light scattering | DLS | biophysics | multi-angle-light-scattering, particle-size-analysis | e:w
multi-angle-light-scattering | Multi-angle light scattering | MALS, SEC-MALS, multi angle light scattering | biophysics | dynamic-light-scattering, size-exclusion-chromatography | e:w
circular-dichroism | Circular dichroism | circular dichroism spectroscopy | spectroscopy | protein-characterization | e:w
capillary-electrophoresis | Capillary electrophoresis | capillary zone electrophoresis, CZE | electrophoresis | ce-sds, icief | e:w
ce-sds | CE-SDS | capillary electrophoresis SDS, capillary gel electrophoresis | capillary-electrophoresis | sds-page | e:w
icief | iCIEF | cIEF, imaged capillary isoelectric focusing, capillary isoelectric focusing | capillary-electrophoresis | ce-sds | e:w
glycan-analysis | Glycan analysis | glycoanalytics, glycan profiling, glycosylation analysis | protein-characterization | mass-spectrometry | e:w
peptide-mapping | Peptide mapping | | protein-characterization | lc-ms | e:w

# Assays, immunoassays and bioanalysis
assay-development | Assay development | | | assay-validation, cell-based-assays, bioassays | e:m
assay-validation | Assay validation | assay qualification, clinical validation | | assay-development, method-validation | e:w
bioassays | Bioassays | bioassay, bioassay development | assay-development | potency-assays, cell-based-assays | e:w
potency-assays | Potency assays | potency assay, cell-based potency assays | bioassays | cell-based-assays | e:w
cell-based-assays | Cell-based assays | cell based assays, cellular assays, cell-based assay | assay-development | cell-culture, reporter-assays, cell-viability-assays | e:w
cell-viability-assays | Cell viability assays | viability assays, cell viability assay | cell-based-assays | cytotoxicity-assays | e:d
cytotoxicity-assays | Cytotoxicity assays | cytotoxicity assay, killing assays | cell-based-assays | cell-viability-assays, car-t | e:w
high-throughput-screening | High-throughput screening | high throughput screening, HTS assays | drug-discovery | high-content-screening, lab-automation | e:w
high-content-screening | High-content screening | high content screening, high-content imaging, high content imaging | cell-based-assays | high-throughput-screening, fluorescence-microscopy | e:w
radioligand-binding | Radioligand binding assays | radioligand binding, radioligand binding assay | | ligand-binding-assays | e:w
immunoassays | Immunoassays | immunoassay, immunological assays | | elisa, ligand-binding-assays, luminex | e:w
elisa | ELISA | enzyme-linked immunosorbent assay, enzyme linked immunosorbent assay, Enzyme-Linked Immunosorbent Assay | immunoassays | western-blot, meso-scale-discovery | cs e:d
elispot | ELISpot | ELISPOT, enzyme-linked immunospot | immunoassays | elisa, flow-cytometry | e:w
meso-scale-discovery | Meso Scale Discovery | MesoScale Discovery, Meso Scale Diagnostics, MSD assays, MSD platform, MSD immunoassays | immunoassays | elisa, luminex, quanterix | e:w
quanterix | Quanterix | Simoa, Quanterix Simoa | immunoassays | meso-scale-discovery | e:w
luminex | Luminex | Luminex assays | immunoassays | meso-scale-discovery, elisa | e:w
ligand-binding-assays | Ligand binding assays | ligand binding assay, ligand-binding assays | bioanalysis | immunoassays, elisa | e:w
immunogenicity-assays | Immunogenicity assays | immunogenicity testing, anti-drug antibody assays, ADA assays | ligand-binding-assays | elisa | e:w
bioanalysis | Bioanalysis | bioanalytical chemistry, bioanalytical science, bioanalytical methods | | lc-ms-ms, ligand-binding-assays, pharmacokinetics | e:m
biospecimen-management | Biospecimen management | biospecimen logistics, clinical trial biospecimen logistics, biospecimen handling | | biobanking, specimen-collection | e:w
biobanking | Biobanking | biorepository management | | biospecimen-management | e:w

# Cell culture and bioprocessing
cell-culture | Cell culture | cell culturing | | aseptic-technique, tissue-culture, mammalian-cell-culture | e:w
tissue-culture | Tissue culture | | | cell-culture, aseptic-technique | e:w
mammalian-cell-culture | Mammalian cell culture | mammalian cell lines | cell-culture | cell-line-development, transfection | e:w
primary-cell-culture | Primary cell culture | primary cell isolation, primary cell cultures | cell-culture | mammalian-cell-culture | e:w
stem-cell-culture | Stem cell culture | iPSC culture, iPSC differentiation, stem cell differentiation, hiPSC culture | cell-culture | 3d-cell-culture | e:m
3d-cell-culture | 3D cell culture | 3D culture, organoids, organoid culture, spheroid culture | cell-culture | organ-on-a-chip, stem-cell-culture | e:w
organ-on-a-chip | Organ-on-a-chip | organ on a chip, organs-on-chips, organ-on-chip, microphysiological systems | 3d-cell-culture | 3d-cell-culture | e:w
cell-line-development | Cell line development | stable cell line development, cell line generation | cell-culture | transfection, mammalian-cell-culture | e:w
cryopreservation | Cryopreservation | | cell-culture | cell-culture | e:d
bioprocessing | Bioprocessing | bioprocess, bioprocess engineering, bioprocess development | | upstream-process-development, downstream-process-development, bioreactors | e:m
upstream-process-development | Upstream process development | upstream processing, upstream bioprocessing, upstream process | bioprocessing | bioreactors, cell-culture | e:m
downstream-process-development | Downstream process development | downstream processing, downstream bioprocessing, downstream purification | bioprocessing | protein-purification, tangential-flow-filtration, akta | e:m
bioreactors | Bioreactors | bioreactor operation, bioreactor systems, bioreactor cell culture | bioprocessing | upstream-process-development, fermentation | e:w
fermentation | Fermentation | microbial fermentation, fermentation process development | bioprocessing | bioreactors, metabolic-engineering | e:w
tangential-flow-filtration | Tangential flow filtration | TFF, UF/DF, ultrafiltration/diafiltration | downstream-process-development | protein-purification | e:w
akta | ÄKTA | AKTA, ÄKTA systems, AKTA systems, AKTA chromatography systems | protein-purification | affinity-chromatography | e:d
lyophilization | Lyophilization | freeze drying, freeze-drying | | formulation-development | e:w

# Cytometry, cell analysis and imaging
flow-cytometry | Flow cytometry | flow cytometric analysis | | facs, flowjo, immunophenotyping | e:w
facs | FACS | fluorescence-activated cell sorting, fluorescence activated cell sorting, cell sorting, FACS sorting | flow-cytometry | flow-cytometry | e:w
multicolor-flow-cytometry | Multicolor flow cytometry | multi-color flow cytometry, multicolour flow cytometry, multiparameter flow cytometry, spectral flow cytometry | flow-cytometry | immunophenotyping, flowjo | e:w
mass-cytometry | Mass cytometry | CyTOF | | flow-cytometry | e:w
immunophenotyping | Immunophenotyping | immune profiling, immune phenotyping | flow-cytometry | multicolor-flow-cytometry | e:w
cytokine-profiling | Cytokine profiling | cytokine analysis, cytokine assays, cytokine measurement | immunoassays | luminex, meso-scale-discovery, immunophenotyping | e:w
flowjo | FlowJo | | flow-cytometry | fcs-express | e:d
fcs-express | FCS Express | | flow-cytometry | flowjo | e:d
incucyte | IncuCyte | Incucyte | live-cell-imaging | cell-based-assays | e:d
microscopy | Microscopy | light microscopy | | confocal-microscopy, fluorescence-microscopy, electron-microscopy | e:w
fluorescence-microscopy | Fluorescence microscopy | fluorescent microscopy, epifluorescence microscopy | microscopy | confocal-microscopy, immunofluorescence | e:w
confocal-microscopy | Confocal microscopy | confocal imaging, laser scanning confocal microscopy | microscopy | fluorescence-microscopy, imaris | e:w
live-cell-imaging | Live-cell imaging | live cell imaging | microscopy | incucyte, time-lapse-imaging | e:w
time-lapse-imaging | Time-lapse imaging | time lapse microscopy, time-lapse microscopy | microscopy | live-cell-imaging | e:w
light-sheet-microscopy | Light-sheet microscopy | light sheet microscopy, lightsheet microscopy, light-sheet imaging | microscopy | confocal-microscopy | e:w
two-photon-microscopy | Two-photon microscopy | two-photon imaging, multiphoton microscopy, 2-photon imaging, multiphoton imaging | microscopy | calcium-imaging | e:w
super-resolution-microscopy | Super-resolution microscopy | super resolution microscopy | microscopy | confocal-microscopy | e:w
electron-microscopy | Electron microscopy | | microscopy | scanning-electron-microscopy, transmission-electron-microscopy, cryo-em | e:m
scanning-electron-microscopy | Scanning electron microscopy | scanning electron microscope, SEM-EDS, SEM/EDS, SEM-EDX, SEM/EDX | electron-microscopy | energy-dispersive-x-ray-spectroscopy | e:w
transmission-electron-microscopy | Transmission electron microscopy | TEM | electron-microscopy | cryo-em | e:w
cryo-em | Cryo-EM | cryo-electron microscopy, cryoEM, cryo EM, cryogenic electron microscopy | electron-microscopy, structural-biology | x-ray-crystallography | e:m
atomic-force-microscopy | Atomic force microscopy | AFM | microscopy | scanning-electron-microscopy | e:w
imagej | ImageJ | ImageJ/Fiji, NIH ImageJ | | cellprofiler, imaris | e:d
cellprofiler | CellProfiler | | | imagej, high-content-screening | e:w
imaris | Imaris | Bitplane Imaris | | imagej, confocal-microscopy | e:w
qupath | QuPath | | digital-pathology | halo-image-analysis | e:w
halo-image-analysis | HALO | Indica Labs HALO, HALO image analysis | digital-pathology | qupath, visiopharm | amb e:w
visiopharm | Visiopharm | | digital-pathology | halo-image-analysis | e:w
calcium-imaging | Calcium imaging | | neuroscience | two-photon-microscopy, electrophysiology | e:w
electrophysiology | Electrophysiology | electrophysiological recordings | neuroscience | patch-clamp, calcium-imaging | e:m
patch-clamp | Patch clamp | patch-clamp, patch clamp electrophysiology, whole-cell patch clamp, patch-clamp recording | electrophysiology | electrophysiology | e:m
optogenetics | Optogenetics | | neuroscience | electrophysiology, calcium-imaging | e:m
fmri | fMRI | functional MRI, functional magnetic resonance imaging | neuroscience | | e:m

# Histology and pathology
histology | Histology | histological techniques, histological analysis, histotechnology | | immunohistochemistry, microtomy, histopathology | e:w
histopathology | Histopathology | histopathological analysis | histology | digital-pathology | e:m
immunohistochemistry | Immunohistochemistry | IHC, immunohistochemical staining | histology | immunofluorescence, in-situ-hybridization | e:w
immunofluorescence | Immunofluorescence | immunofluorescent staining, immunofluorescence staining | | immunohistochemistry, immunocytochemistry, fluorescence-microscopy | e:w
immunocytochemistry | Immunocytochemistry | | | immunofluorescence | e:w
microtomy | Microtomy | tissue sectioning, cryosectioning | histology | histology | e:w
digital-pathology | Digital pathology | whole slide imaging | histopathology | computational-pathology, qupath | e:w
computational-pathology | Computational pathology | | digital-pathology | computer-vision, deep-learning | e:m

# In vivo work
in-vivo-pharmacology | In vivo pharmacology | in vivo studies, in vivo efficacy studies | pharmacology | animal-models, animal-handling | e:m
animal-models | Animal models | animal model development, in vivo models | | rodent-models, in-vivo-pharmacology | e:m
rodent-models | Rodent models | mouse models, murine models, rodent models of disease | animal-models | animal-handling | e:w
animal-handling | Animal handling | rodent handling, animal dosing | | rodent-models, necropsy | e:w
necropsy | Necropsy | | | animal-handling, histopathology | e:w
iacuc | IACUC protocols | IACUC | | animal-models | e:d

# Separation science and chromatography
chromatography | Chromatography | chromatographic methods, chromatographic techniques, chromatographic separation | | liquid-chromatography, gas-chromatography, mass-spectrometry | e:m
liquid-chromatography | Liquid chromatography | | chromatography | hplc, lc-ms | e:w
hplc | HPLC | high-performance liquid chromatography, high performance liquid chromatography, high pressure liquid chromatography | liquid-chromatography | uplc, waters-empower, lc-ms | e:w
uplc | UPLC | UHPLC, ultra-performance liquid chromatography, ultra high performance liquid chromatography, ultra-high-performance liquid chromatography | hplc | hplc | e:w
gas-chromatography | Gas chromatography | | chromatography | gc-ms | e:w
gc-ms | GC-MS | GC/MS, GCMS, gas chromatography-mass spectrometry, gas chromatography mass spectrometry | gas-chromatography, mass-spectrometry | lc-ms | e:w
size-exclusion-chromatography | Size-exclusion chromatography | size exclusion chromatography, SEC-HPLC, gel filtration chromatography, gel permeation chromatography | chromatography | ion-exchange-chromatography, multi-angle-light-scattering | e:w
ion-exchange-chromatography | Ion-exchange chromatography | ion exchange chromatography, IEX, IEX-HPLC | chromatography | size-exclusion-chromatography, hydrophobic-interaction-chromatography | e:w
hydrophobic-interaction-chromatography | Hydrophobic interaction chromatography | HIC-HPLC, hydrophobic-interaction chromatography | chromatography | ion-exchange-chromatography | e:w
affinity-chromatography | Affinity chromatography | | chromatography | protein-purification, akta | e:w
reversed-phase-chromatography | Reversed-phase chromatography | reverse phase chromatography, reverse-phase chromatography, reversed-phase HPLC, reverse-phase HPLC, reverse phase HPLC, RP-HPLC | liquid-chromatography | hplc | e:w
ion-chromatography | Ion chromatography | | chromatography | hplc | e:w
flash-chromatography | Flash chromatography | flash column chromatography | chromatography | organic-synthesis, preparative-chromatography | e:d
preparative-chromatography | Preparative chromatography | preparative HPLC, prep HPLC, prep-HPLC | chromatography | flash-chromatography | e:w
waters-empower | Waters Empower | Empower 3, Empower CDS, Empower software, Empower chromatography data system | | hplc, chromeleon | e:w
chromeleon | Chromeleon | Thermo Chromeleon, Chromeleon CDS | | waters-empower, hplc | e:w
openlab | OpenLab | OpenLAB, Agilent OpenLab, OpenLab CDS, OpenLAB CDS | | chromeleon, waters-empower | e:w
masshunter | MassHunter | Agilent MassHunter | | lc-ms, gc-ms | e:w

# Mass spectrometry
mass-spectrometry | Mass spectrometry | mass spec, mass spectroscopy, mass spectrometric analysis | | lc-ms, proteomics, chromatography | e:m
lc-ms | LC-MS | LC/MS, LCMS, liquid chromatography-mass spectrometry, liquid chromatography mass spectrometry | mass-spectrometry, liquid-chromatography | lc-ms-ms, hplc | e:w
lc-ms-ms | LC-MS/MS | LC/MS/MS, LC-MS-MS, LCMSMS, LC MS/MS | lc-ms, tandem-mass-spectrometry | bioanalysis | e:w
tandem-mass-spectrometry | Tandem mass spectrometry | MS/MS | mass-spectrometry | lc-ms-ms | e:w
high-resolution-mass-spectrometry | High-resolution mass spectrometry | high resolution mass spectrometry | mass-spectrometry | proteomics, lc-ms | e:w
maldi-tof | MALDI-TOF | MALDI, MALDI-TOF MS, matrix-assisted laser desorption/ionization | mass-spectrometry | mass-spectrometry | e:w
icp-ms | ICP-MS | ICPMS, inductively coupled plasma mass spectrometry | mass-spectrometry | icp-oes | e:w
maxquant | MaxQuant | | proteomics | proteome-discoverer | e:w
proteome-discoverer | Proteome Discoverer | Thermo Proteome Discoverer | proteomics | maxquant | e:w

# Spectroscopy and materials characterization
spectroscopy | Spectroscopy | spectroscopic techniques, spectroscopic methods, spectroscopic analysis | | nmr-spectroscopy, uv-vis-spectroscopy, infrared-spectroscopy | e:m
nmr-spectroscopy | NMR spectroscopy | NMR, nuclear magnetic resonance, nuclear magnetic resonance spectroscopy, 1H NMR, 13C NMR | spectroscopy | structure-elucidation, mass-spectrometry | e:m
infrared-spectroscopy | Infrared spectroscopy | IR spectroscopy | spectroscopy | ftir, raman-spectroscopy | e:w
ftir | FTIR | FT-IR, FTIR spectroscopy, Fourier transform infrared spectroscopy, Fourier-transform infrared spectroscopy | infrared-spectroscopy | raman-spectroscopy | e:w
raman-spectroscopy | Raman spectroscopy | Raman spectrometry | spectroscopy | ftir | e:w
uv-vis-spectroscopy | UV-Vis spectroscopy | UV-Vis, UV/Vis, UV-VIS, UV/VIS spectrophotometry, UV-Vis spectrophotometry, UV-visible spectroscopy, ultraviolet-visible spectroscopy | spectroscopy, spectrophotometry | fluorescence-spectroscopy | e:d
spectrophotometry | Spectrophotometry | spectrophotometric analysis, spectrophotometric methods | | uv-vis-spectroscopy | e:d
fluorescence-spectroscopy | Fluorescence spectroscopy | fluorimetry, fluorometry, spectrofluorometry | spectroscopy | uv-vis-spectroscopy | e:w
x-ray-diffraction | X-ray diffraction | XRD, powder X-ray diffraction, PXRD, XRPD | | x-ray-crystallography, solid-state-characterization | e:w
x-ray-crystallography | X-ray crystallography | protein crystallography, macromolecular crystallography | structural-biology | cryo-em, x-ray-diffraction | e:m
x-ray-photoelectron-spectroscopy | X-ray photoelectron spectroscopy | XPS | spectroscopy | materials-characterization | e:w
x-ray-fluorescence | X-ray fluorescence | XRF, XRF spectroscopy | spectroscopy | elemental-analysis | e:w
energy-dispersive-x-ray-spectroscopy | Energy-dispersive X-ray spectroscopy | EDX, EDXS, energy dispersive X-ray spectroscopy, energy-dispersive spectroscopy | spectroscopy | scanning-electron-microscopy | e:w
icp-oes | ICP-OES | ICP-AES, ICP OES, inductively coupled plasma optical emission spectroscopy, inductively coupled plasma atomic emission spectroscopy | spectroscopy | icp-ms, atomic-absorption-spectroscopy | e:w
atomic-absorption-spectroscopy | Atomic absorption spectroscopy | atomic absorption spectrometry, AA spectroscopy, flame atomic absorption | spectroscopy | icp-oes | e:w
elemental-analysis | Elemental analysis | trace metals analysis | | icp-ms, icp-oes | e:w
thermal-analysis | Thermal analysis | | materials-characterization | differential-scanning-calorimetry, thermogravimetric-analysis | e:w
thermogravimetric-analysis | Thermogravimetric analysis | thermogravimetry | thermal-analysis | differential-scanning-calorimetry | e:w
particle-size-analysis | Particle size analysis | particle sizing, particle size distribution, particle characterization | | dynamic-light-scattering | e:w
rheology | Rheology | rheological characterization, rheometry, rheological measurements | materials-characterization | particle-size-analysis | e:w
materials-characterization | Materials characterization | material characterization | | x-ray-diffraction, scanning-electron-microscopy, thermal-analysis | e:m
solid-state-characterization | Solid-state characterization | solid state characterization, solid-form characterization | | x-ray-diffraction, polymorph-screening, differential-scanning-calorimetry | e:w
polymorph-screening | Polymorph screening | polymorphism screening, solid form screening, salt screening | solid-state-characterization | preformulation | e:w
structure-elucidation | Structure elucidation | structural elucidation | analytical-chemistry | nmr-spectroscopy, mass-spectrometry | e:m

# Chemistry
analytical-chemistry | Analytical chemistry | | | chromatography, mass-spectrometry, spectroscopy | e:m
organic-chemistry | Organic chemistry | synthetic organic chemistry | | organic-synthesis, medicinal-chemistry | e:m
organic-synthesis | Organic synthesis | multistep synthesis, multi-step synthesis, synthetic chemistry | organic-chemistry | medicinal-chemistry, flash-chromatography, nmr-spectroscopy | e:m
medicinal-chemistry | Medicinal chemistry | | organic-chemistry | organic-synthesis, drug-discovery, computer-aided-drug-design | e:m
process-chemistry | Process chemistry | chemical process development | organic-chemistry | organic-synthesis | e:m
physical-chemistry | Physical chemistry | | | computational-chemistry, spectroscopy | e:m
inorganic-chemistry | Inorganic chemistry | | | catalysis | e:m
polymer-chemistry | Polymer chemistry | polymer synthesis | | rheology, materials-characterization | e:m
electrochemistry | Electrochemistry | electrochemical analysis, electrochemical characterization | | physical-chemistry | e:m
catalysis | Catalysis | | | organic-synthesis, inorganic-chemistry | e:m
peptide-synthesis | Peptide synthesis | solid-phase peptide synthesis, SPPS | organic-synthesis | oligonucleotide-synthesis | e:w
oligonucleotide-synthesis | Oligonucleotide synthesis | | organic-synthesis | peptide-synthesis | e:w
retrosynthesis | Retrosynthesis | retrosynthetic analysis | organic-synthesis | medicinal-chemistry | e:w
bioconjugation | Bioconjugation | bioconjugate chemistry, conjugation chemistry | | peptide-synthesis, protein-characterization | e:w
wet-chemistry | Wet chemistry | wet chemical analysis, wet chemistry techniques, classical wet chemistry | analytical-chemistry | titration | e:w
titration | Titration | titrimetry, potentiometric titration, acid-base titration | wet-chemistry | karl-fischer-titration | e:d
karl-fischer-titration | Karl Fischer titration | Karl Fischer, KF titration, Karl Fischer analysis | titration | titration | e:d
sample-preparation | Sample preparation | sample prep | | mass-spectrometry, hplc | e:w

# Pharmaceutical development and quality testing
method-development | Analytical method development | method development, analytical methods development | analytical-chemistry | method-validation, hplc | e:m
method-validation | Analytical method validation | method validation, analytical validation, method qualification, analytical method qualification | | method-development, assay-validation, ich-guidelines | e:w
method-transfer | Analytical method transfer | method transfer, analytical methods transfer | | method-validation | e:w
stability-testing | Stability testing | stability studies, stability programs, stability analysis, shelf-life studies | | forced-degradation, ich-guidelines | e:w
forced-degradation | Forced degradation studies | forced degradation, stress degradation studies | stability-testing | impurity-profiling | e:w
impurity-profiling | Impurity profiling | impurity analysis, impurity identification | analytical-chemistry | forced-degradation, lc-ms | e:w
dissolution-testing | Dissolution testing | dissolution studies, dissolution method development | | formulation-development, hplc | e:w
compendial-testing | Compendial testing | USP testing, USP compendial testing, pharmacopeial testing | | method-validation | e:w
formulation-development | Formulation development | pharmaceutical formulation, drug formulation, formulation science, formulation design | | preformulation, stability-testing, dissolution-testing | e:m
preformulation | Preformulation | pre-formulation, preformulation studies | formulation-development | polymorph-screening, solid-state-characterization | e:w
cmc | CMC | chemistry manufacturing and controls, chemistry manufacturing & controls | | formulation-development, method-validation | e:m
process-analytical-technology | Process analytical technology | Process Analytical Technology, PAT | | quality-by-design, simca | cs e:w
quality-by-design | Quality by design | QbD, Quality by Design | | process-analytical-technology | e:w
ich-guidelines | ICH guidelines | ICH | | method-validation, stability-testing | e:w
sterility-testing | Sterility testing | | microbiological-testing | endotoxin-testing, aseptic-technique | e:w
endotoxin-testing | Endotoxin testing | bacterial endotoxin testing, LAL testing, LAL assay | microbiological-testing | sterility-testing | e:w
microbiological-testing | Microbiological testing | microbial testing, microbiological analysis | microbiology | sterility-testing, environmental-monitoring | e:w
sensory-evaluation | Sensory evaluation | sensory analysis, sensory testing | | formulation-development | e:w

# Lab practice, informatics and automation
wet-lab | Wet lab | wet-lab, wet lab experience, wet laboratory | | cell-culture, pcr | e:m
lab-safety | Laboratory safety | lab safety | | biosafety, glp | e:d
biosafety | Biosafety | biosafety practices, biosafety level | lab-safety | aseptic-technique | e:d
lims | LIMS | laboratory information management system, laboratory information management systems | | electronic-lab-notebook | e:w
electronic-lab-notebook | Electronic lab notebook | ELN, electronic laboratory notebook, electronic lab notebooks, electronic notebook | | lims, benchling | e:d
benchling | Benchling | | electronic-lab-notebook | snapgene | e:d
dotmatics | Dotmatics | | | cdd-vault, electronic-lab-notebook | e:w
cdd-vault | CDD Vault | | | dotmatics | e:d
lab-automation | Lab automation | laboratory automation, lab robotics, laboratory robotics | | liquid-handling, high-throughput-screening | e:w
liquid-handling | Automated liquid handling | liquid handling robots, liquid handlers | lab-automation | high-throughput-screening | e:w
graphpad-prism | GraphPad Prism | GraphPad, Prism GraphPad | | statistics, originlab, sigmaplot | e:d
originlab | OriginLab Origin | OriginPro, OriginLab, Origin Pro | | graphpad-prism, sigmaplot | e:d
sigmaplot | SigmaPlot | | | graphpad-prism, originlab | e:d
igor-pro | Igor Pro | IGOR Pro | | originlab, matlab | e:w
design-expert | Design-Expert | Stat-Ease, Stat-Ease Design-Expert | | modde, quality-by-design | e:d
simca | SIMCA | Umetrics SIMCA | umetrics | modde, process-analytical-technology | e:w
simca-online | SIMCA-online | SIMCA online | umetrics | simca | e:w
modde | MODDE | Umetrics MODDE | umetrics | simca, design-expert | e:w
umetrics | Umetrics Suite | Umetrics, Umetrics Suite of Data Analytics Solutions | | simca, modde | e:w
snapgene | SnapGene | | | geneious, benchling, molecular-cloning | e:d
geneious | Geneious | Geneious Prime | | snapgene, clc-genomics-workbench | e:d
vector-nti | Vector NTI | | | snapgene | e:d
chemdraw | ChemDraw | ChemBioDraw | | reaxys, scifinder | e:d
reaxys | Reaxys | | | scifinder | e:d
scifinder | SciFinder | SciFinder-n, CAS SciFinder, SciFinder Scholar | | reaxys | e:d
pubmed | PubMed | | | | e:d
endnote | EndNote | | | | e:d
scientific-writing | Scientific writing | manuscript writing, scientific manuscript writing, manuscript preparation | | grant-writing | e:m
grant-writing | Grant writing | grant proposal writing, grant applications | | scientific-writing | e:w

# Computational chemistry and molecular modeling
computational-chemistry | Computational chemistry | | | molecular-modeling, quantum-chemistry, cheminformatics | e:m
cheminformatics | Cheminformatics | chemoinformatics, chemical informatics | | qsar, rdkit, computational-chemistry | e:m
molecular-modeling | Molecular modeling | molecular modelling | computational-chemistry | molecular-dynamics, molecular-docking | e:m
molecular-dynamics | Molecular dynamics | molecular dynamics simulations, molecular dynamics simulation, MD simulations, MD simulation | molecular-modeling | gromacs, amber, free-energy-perturbation | e:m
molecular-docking | Molecular docking | docking studies, protein-ligand docking, docking simulations | molecular-modeling | autodock, virtual-screening | e:w
virtual-screening | Virtual screening | | computer-aided-drug-design | molecular-docking, pharmacophore-modeling | e:w
computer-aided-drug-design | Computer-aided drug design | CADD, computer aided drug design, computational drug design | computational-chemistry | structure-based-drug-design, ligand-based-drug-design | e:m
structure-based-drug-design | Structure-based drug design | SBDD, structure based drug design | computer-aided-drug-design | molecular-docking, x-ray-crystallography | e:m
ligand-based-drug-design | Ligand-based drug design | LBDD, ligand based drug design | computer-aided-drug-design | qsar, pharmacophore-modeling | e:m
pharmacophore-modeling | Pharmacophore modeling | pharmacophore modelling | ligand-based-drug-design | qsar | e:w
qsar | QSAR | quantitative structure-activity relationship, quantitative structure-activity relationships, QSAR modeling | cheminformatics | sar-analysis, machine-learning | e:w
sar-analysis | SAR analysis | structure-activity relationship, structure-activity relationships, structure activity relationships | medicinal-chemistry | qsar | e:w
free-energy-perturbation | Free energy perturbation | FEP, FEP+ | molecular-dynamics | schrodinger-suite | e:m
quantum-chemistry | Quantum chemistry | quantum chemical calculations, ab initio calculations | computational-chemistry | density-functional-theory | e:m
density-functional-theory | Density functional theory | density-functional theory, DFT calculations, DFT modeling | quantum-chemistry | vasp, gaussian-software | e:m
gaussian-software | Gaussian software | Gaussian 16, Gaussian 09, Gaussian16, Gaussian09 | quantum-chemistry | nwchem, density-functional-theory | e:w
nwchem | NWChem | | quantum-chemistry | gaussian-software | e:w
vasp | VASP | Vienna Ab initio Simulation Package | density-functional-theory | quantum-espresso | e:w
quantum-espresso | Quantum ESPRESSO | QuantumESPRESSO | density-functional-theory | vasp | e:w
gromacs | GROMACS | | molecular-dynamics | amber, namd | e:w
amber | AMBER | AMBER molecular dynamics, Amber MD | molecular-dynamics | gromacs, charmm | cs e:w
charmm | CHARMM | CHARMm | molecular-dynamics | amber, namd | e:w
namd | NAMD | | molecular-dynamics | gromacs | e:w
openmm | OpenMM | | molecular-dynamics | gromacs | e:w
lammps | LAMMPS | | molecular-dynamics | gromacs | e:w
autodock | AutoDock | AutoDock Vina | molecular-docking | schrodinger-suite | e:d
schrodinger-suite | Schrödinger suite | Schrodinger suite, Schrödinger Suite, Schrödinger Maestro, Schrodinger Maestro, Schrödinger software, Schrodinger software | computer-aided-drug-design | molecular-operating-environment, pymol | e:w
molecular-operating-environment | Molecular Operating Environment | CCG MOE | computer-aided-drug-design | schrodinger-suite | e:w
pipeline-pilot | Pipeline Pilot | BIOVIA Pipeline Pilot | cheminformatics | rdkit | e:w
chemaxon | ChemAxon | ChemAxon Marvin | cheminformatics | rdkit | e:w
rdkit | RDKit | | cheminformatics, python | chemaxon | e:w
pymol | PyMOL | | structural-biology | chimerax | e:d
chimerax | UCSF ChimeraX | ChimeraX, UCSF Chimera | structural-biology | pymol | e:d

# Pharmacokinetics, pharmacometrics and toxicology
pharmacokinetics | Pharmacokinetics | pharmacokinetic, pharmacokinetic analysis, PK analysis, PK modeling, PK modelling, PK studies | pharmacology | pharmacodynamics, pk-pd-modeling, non-compartmental-analysis | e:m
pharmacodynamics | Pharmacodynamics | pharmacodynamic, pharmacodynamic analysis, pharmacodynamic assays | pharmacology | pharmacokinetics, pk-pd-modeling | e:m
pk-pd-modeling | PK/PD modeling | PK/PD, PK-PD, PKPD, PK/PD modelling, PK/PD analysis, PK-PD modeling, pharmacokinetic-pharmacodynamic modeling | pharmacokinetics, pharmacodynamics | pharmacometrics, population-pharmacokinetics | e:m
pharmacometrics | Pharmacometrics | pharmacometric analysis, pharmacometric modeling | | population-pharmacokinetics, nonmem, pk-pd-modeling | e:m
population-pharmacokinetics | Population pharmacokinetics | population PK, popPK, PopPK modeling, population PK modeling, population PK/PD | pharmacokinetics, pharmacometrics | nonmem, monolix | e:m
non-compartmental-analysis | Non-compartmental analysis | noncompartmental analysis, non-compartmental PK analysis, non-compartmental pharmacokinetic analysis | pharmacokinetics | phoenix-winnonlin | e:w
exposure-response-analysis | Exposure-response analysis | exposure-response modeling, exposure response analysis | pharmacometrics | pk-pd-modeling | e:w
pbpk-modeling | PBPK modeling | PBPK, PBPK modelling, physiologically based pharmacokinetic modeling, physiologically-based pharmacokinetic modeling | pharmacokinetics | simcyp, gastroplus, pk-sim | e:m
quantitative-systems-pharmacology | Quantitative systems pharmacology | QSP, QSP modeling | pharmacometrics | pbpk-modeling, systems-biology | e:m
nonmem | NONMEM | | pharmacometrics | monolix, population-pharmacokinetics | e:w
monolix | Monolix | | pharmacometrics | nonmem | e:w
phoenix-winnonlin | Phoenix WinNonlin | WinNonlin, Certara Phoenix | pharmacokinetics | non-compartmental-analysis, nonmem | e:w
simcyp | Simcyp | Simcyp Simulator | pbpk-modeling | gastroplus | e:w
gastroplus | GastroPlus | | pbpk-modeling | simcyp | e:w
pk-sim | PK-Sim | PKSim | pbpk-modeling | simcyp | e:w
dmpk | DMPK | drug metabolism and pharmacokinetics | pharmacokinetics | adme, bioanalysis | e:m
adme | ADME | ADMET, ADME-Tox | | dmpk, pharmacokinetics | e:w
toxicokinetics | Toxicokinetics | toxicokinetic analysis | toxicology, pharmacokinetics | pharmacokinetics | e:w
bioequivalence | Bioequivalence studies | bioequivalence, bioavailability and bioequivalence | pharmacokinetics | non-compartmental-analysis | e:w
clinical-pharmacology | Clinical pharmacology | | pharmacology | pharmacokinetics, pharmacometrics | e:m
human-health-risk-assessment | Human health risk assessment | human health risk assessments, toxicological risk assessment, toxicological risk assessments | toxicology | toxicology | e:m

# Clinical research methods
clinical-trial-design | Clinical trial design | clinical study design, trial design | | clinical-protocol-design, biostatistics | e:m
clinical-protocol-design | Clinical protocol design | clinical protocol development, clinical protocol writing, clinical study protocol design | | clinical-trial-design | e:w
epidemiology | Epidemiology | epidemiological methods, epidemiologic methods, epidemiological research, epidemiologic research | | biostatistics, pharmacoepidemiology | e:m
pharmacoepidemiology | Pharmacoepidemiology | | epidemiology | real-world-evidence | e:m
heor | HEOR | health economics and outcomes research, health economics & outcomes research | | real-world-evidence | e:m
meta-analysis | Meta-analysis | meta analysis, meta-analyses | statistics | systematic-reviews | e:w
systematic-reviews | Systematic reviews | systematic review, systematic literature review, systematic literature reviews | | meta-analysis, pubmed | e:w

# Clinical laboratory
clinical-chemistry | Clinical chemistry | | | hematology, urinalysis | e:m
hematology | Hematology | haematology | | clinical-chemistry, coagulation-testing, blood-banking | e:m
blood-banking | Blood banking | blood bank, immunohematology | | hematology | e:m
coagulation-testing | Coagulation testing | coagulation assays | hematology | hematology | e:w
urinalysis | Urinalysis | | clinical-chemistry | clinical-chemistry | e:w
serology | Serology | serological testing, serologic testing, serological assays | immunology | immunoassays | e:w
molecular-diagnostics | Molecular diagnostics | molecular diagnostic testing | | pcr, clinical-microbiology | e:m
clinical-microbiology | Clinical microbiology | | microbiology | bacterial-culture, antimicrobial-susceptibility-testing | e:m
bacterial-culture | Bacterial culture | microbial culture, bacterial culturing, microbial cultures | microbiology | aseptic-technique, gram-staining | e:w
gram-staining | Gram staining | Gram stain | microbiology | bacterial-culture | e:d
antimicrobial-susceptibility-testing | Antimicrobial susceptibility testing | antibiotic susceptibility testing, antimicrobial susceptibility tests | clinical-microbiology | bacterial-culture | e:w
plaque-assays | Plaque assays | plaque assay | virology | cell-culture | e:w

# Environmental science and earth observation
environmental-sampling | Environmental sampling | environmental field sampling, field sampling | | water-quality-testing, soil-sampling, groundwater-sampling | e:w
environmental-monitoring | Environmental monitoring | | | environmental-sampling, air-quality-monitoring | e:w
water-quality-testing | Water quality testing | water quality analysis, water quality monitoring, water sampling, water testing | environmental-sampling | groundwater-sampling | e:w
groundwater-sampling | Groundwater sampling | groundwater monitoring, low-flow groundwater sampling | environmental-sampling | water-quality-testing | e:w
soil-sampling | Soil sampling | soil sample collection | environmental-sampling | soil-analysis | e:d
soil-analysis | Soil analysis | soil testing, soil characterization | | soil-sampling | e:w
air-quality-monitoring | Air quality monitoring | air monitoring, ambient air monitoring, air sampling, air quality analysis | environmental-monitoring | stack-testing | e:w
stack-testing | Stack testing | source emissions testing, stack emissions testing | | continuous-emissions-monitoring, epa-methods | e:w
continuous-emissions-monitoring | Continuous emissions monitoring | CEMS, continuous emission monitoring, continuous emissions monitoring systems, continuous emission monitoring systems | | stack-testing | e:w
epa-methods | EPA methods | EPA test methods, EPA analytical methods, SW-846 | | stack-testing, water-quality-testing | e:w
environmental-site-assessment | Environmental site assessment | Phase I ESA, Phase II ESA, Phase I environmental site assessment, Phase II environmental site assessment, environmental site assessments | | soil-sampling, groundwater-sampling | e:w
wetland-delineation | Wetland delineation | wetlands delineation, wetland delineations, wetlands delineations | | habitat-assessment | e:w
habitat-assessment | Habitat assessment | habitat assessments, habitat classification, habitat surveys | | wildlife-surveys, wetland-delineation | e:w
wildlife-surveys | Wildlife surveys | wildlife survey, wildlife identification | | habitat-assessment | e:w
nepa | NEPA | National Environmental Policy Act, NEPA compliance | | ceqa | e:w
ceqa | CEQA | California Environmental Quality Act, CEQA compliance | | nepa | e:w
equis | EQuIS | EarthSoft EQuIS, EQuIS Professional | | environmental-sampling | e:w
hyperspectral-imaging | Hyperspectral imaging | hyperspectral analysis, hyperspectral remote sensing, hyperspectral data | remote-sensing | multispectral-imaging | e:m
multispectral-imaging | Multispectral imaging | multispectral analysis, multispectral remote sensing, multispectral data | remote-sensing | hyperspectral-imaging | e:w
envi | ENVI | ENVI software, L3Harris ENVI | remote-sensing | erdas-imagine | e:w
erdas-imagine | ERDAS IMAGINE | ERDAS | remote-sensing | envi | e:w
climate-modeling | Climate modeling | climate modelling, climate models | | remote-sensing | e:m
`;
