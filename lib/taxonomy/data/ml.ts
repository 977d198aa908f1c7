export default `
# Machine learning and AI: fields, techniques, models, frameworks and MLOps tools.

# --- Fields
artificial-intelligence | Artificial Intelligence | AI | | machine-learning, generative-ai, deep-learning | cs e:m
machine-learning | Machine Learning | ML, machine learning algorithms, machine learning models | | deep-learning, scikit-learn, statistics, python | cs e:m
deep-learning | Deep Learning | deep neural networks | machine-learning | neural-networks, pytorch, tensorflow | e:m
neural-networks | Neural Networks | neural nets, artificial neural networks | machine-learning | deep-learning | e:w
natural-language-processing | Natural Language Processing | NLP | artificial-intelligence | large-language-models, spacy, nltk | cs e:m
natural-language-understanding | Natural Language Understanding | NLU | natural-language-processing | conversational-ai | e:w
computer-vision | Computer Vision | | artificial-intelligence | opencv, image-processing, deep-learning | e:m
cognitive-computing | Cognitive Computing | | artificial-intelligence | natural-language-processing, machine-learning | e:w
computational-linguistics | Computational Linguistics | | | natural-language-processing | e:m
image-processing | Image Processing | digital image processing | | computer-vision, opencv | e:w
machine-vision | Machine Vision | | computer-vision | opencv | e:w
reinforcement-learning | Reinforcement Learning | deep reinforcement learning | machine-learning | multi-armed-bandits | e:m
speech-recognition | Speech Recognition | automatic speech recognition, ASR, speech-to-text | artificial-intelligence | natural-language-processing, text-to-speech | e:m
text-to-speech | Text-to-Speech | TTS, speech synthesis | artificial-intelligence | speech-recognition | e:w
machine-translation | Machine Translation | neural machine translation | natural-language-processing | | e:w
information-retrieval | Information Retrieval | | | semantic-search, learning-to-rank | e:m
information-extraction | Information Extraction | | natural-language-processing | named-entity-recognition | e:w
explainable-ai | Explainable AI | XAI, model interpretability, interpretable machine learning | machine-learning | shap | e:w
federated-learning | Federated Learning | | machine-learning | | e:w
edge-ai | Edge AI | on-device machine learning | machine-learning | tensorflow-lite, onnx | e:w

# --- Learning paradigms and techniques
supervised-learning | Supervised Learning | supervised machine learning | machine-learning | classification, regression-analysis | e:w
unsupervised-learning | Unsupervised Learning | unsupervised machine learning | machine-learning | clustering, dimensionality-reduction | e:w
semi-supervised-learning | Semi-Supervised Learning | | machine-learning | | e:w
self-supervised-learning | Self-Supervised Learning | | machine-learning | | e:w
transfer-learning | Transfer Learning | | deep-learning | fine-tuning | e:w
classification | Classification | classification models, classification algorithms, classification | machine-learning | logistic-regression, decision-trees | amb e:w
clustering | Clustering | clustering algorithms, cluster analysis | machine-learning | k-means | e:w
k-means | K-Means Clustering | K-Means, KMeans | clustering | | e:d
decision-trees | Decision Trees | decision tree learning | machine-learning | random-forest | e:d
random-forest | Random Forest | random forests, decision forests | decision-trees | gradient-boosting | e:d
gradient-boosting | Gradient Boosting | gradient boosted trees, gradient boosting machines, GBDT | machine-learning | xgboost, lightgbm, catboost | e:w
ensemble-methods | Ensemble Methods | ensemble learning, ensemble modeling, ensemble modelling, ensemble models | machine-learning | random-forest, gradient-boosting | e:w
support-vector-machines | Support Vector Machines | SVM, SVMs, support vector machine | machine-learning | | e:d
naive-bayes | Naive Bayes | Naïve Bayes | machine-learning | | e:d
k-nearest-neighbors | k-Nearest Neighbors | KNN, k-NN, k-nearest neighbours | machine-learning | | e:d
hidden-markov-models | Hidden Markov Models | HMM, HMMs | machine-learning | | cs e:w
gaussian-processes | Gaussian Processes | Gaussian process regression | machine-learning | bayesian-statistics | e:w
multi-armed-bandits | Multi-Armed Bandits | multi-armed bandit, contextual bandits | reinforcement-learning | ab-testing | e:w
dimensionality-reduction | Dimensionality Reduction | dimension reduction | machine-learning | principal-component-analysis | e:w
principal-component-analysis | Principal Component Analysis | PCA | dimensionality-reduction | multivariate-analysis | amb e:d
feature-engineering | Feature Engineering | | machine-learning | feature-selection, data-preprocessing | e:w
feature-selection | Feature Selection | | machine-learning | feature-engineering | e:d
feature-extraction | Feature Extraction | | machine-learning | feature-engineering | e:d
data-preprocessing | Data Preprocessing | data pre-processing, preprocessing, pre-processing | | feature-engineering, data-cleaning | e:d
data-annotation | Data Annotation | data labeling, data labelling | machine-learning | | e:d
regularization | Regularization | regularisation, regularization techniques | machine-learning | cross-validation | e:d
cross-validation | Cross-Validation | k-fold cross-validation | machine-learning | hyperparameter-tuning | e:d
hyperparameter-tuning | Hyperparameter Tuning | hyperparameter optimization, hyper-parameter tuning, hyperparameter optimisation | machine-learning | cross-validation | e:d
anomaly-detection | Anomaly Detection | outlier detection | machine-learning | | e:w
recommender-systems | Recommender Systems | recommendation systems, recommendation engines, recommender engines, recommendation algorithms, recommender system | machine-learning | collaborative-filtering | e:w
collaborative-filtering | Collaborative Filtering | | recommender-systems | | e:d
learning-to-rank | Learning to Rank | | machine-learning | information-retrieval, recommender-systems | e:w
distributed-training | Distributed Training | | deep-learning | ray | e:w

# --- Neural network architectures
convolutional-neural-networks | Convolutional Neural Networks | CNN, CNNs, ConvNets | deep-learning | computer-vision | amb e:w
recurrent-neural-networks | Recurrent Neural Networks | RNN, RNNs | deep-learning | lstm | e:w
lstm | LSTM | Long Short-Term Memory, LSTMs | recurrent-neural-networks | | e:d
transformers | Transformers | transformer models, transformer architecture, transformer-based models, transformer networks | deep-learning | bert, gpt, hugging-face-transformers | amb e:w
generative-adversarial-networks | Generative Adversarial Networks | GAN, GANs | deep-learning | diffusion-models | e:w
autoencoders | Autoencoders | variational autoencoders, VAE, VAEs | deep-learning | | e:w
diffusion-models | Diffusion Models | | deep-learning, generative-ai | stable-diffusion | e:w
graph-neural-networks | Graph Neural Networks | GNN, GNNs | deep-learning | | e:w
bert | BERT | | transformers, natural-language-processing | hugging-face-transformers | cs e:w

# --- NLP tasks
sentiment-analysis | Sentiment Analysis | opinion mining | natural-language-processing | text-classification | e:w
named-entity-recognition | Named Entity Recognition | NER | natural-language-processing | information-extraction | e:w
topic-modeling | Topic Modeling | topic modelling | natural-language-processing | gensim | e:w
text-classification | Text Classification | document classification | natural-language-processing | sentiment-analysis | e:w
text-preprocessing | Text Preprocessing | text pre-processing | natural-language-processing | nltk | e:d
word-embeddings | Word Embeddings | word vectors | natural-language-processing | word2vec, embeddings | e:w
word2vec | Word2Vec | | word-embeddings | gensim | e:d
conversational-ai | Conversational AI | chatbot development, chatbots, chatbot | natural-language-processing | dialogflow, rasa | e:w

# --- Computer vision tasks
object-detection | Object Detection | | computer-vision | yolo | e:w
image-classification | Image Classification | | computer-vision | convolutional-neural-networks | e:w
image-recognition | Image Recognition | visual recognition, image detection | computer-vision | image-classification, object-detection | e:w
image-segmentation | Image Segmentation | semantic segmentation | computer-vision | object-detection | e:w
facial-recognition | Facial Recognition | face recognition | computer-vision | | e:w
optical-character-recognition | Optical Character Recognition | OCR | computer-vision | tesseract | e:w
yolo | YOLO | You Only Look Once | object-detection | opencv | cs e:d

# --- Generative AI and LLMs
generative-ai | Generative AI | GenAI, Gen AI, generative artificial intelligence | artificial-intelligence | large-language-models | e:w
large-language-models | Large Language Models | LLM, LLMs, large language model | generative-ai, deep-learning | prompt-engineering, retrieval-augmented-generation, langchain | e:w
prompt-engineering | Prompt Engineering | prompt design | generative-ai | large-language-models | e:d
retrieval-augmented-generation | Retrieval-Augmented Generation | RAG, retrieval augmented generation | large-language-models | langchain, embeddings, semantic-search | amb e:w
fine-tuning | Fine-Tuning | fine tuning, finetuning, model fine-tuning, LLM fine-tuning | deep-learning | transfer-learning, lora | e:w
lora | LoRA | Low-Rank Adaptation | fine-tuning | | cs e:d
rlhf | RLHF | reinforcement learning from human feedback | reinforcement-learning, large-language-models | fine-tuning | e:w
ai-agents | AI Agents | agentic AI, agentic workflows, agentic systems, LLM agents, AI agent development | generative-ai | langchain, model-context-protocol | e:w
multimodal-ai | Multimodal AI | multimodal models, multimodal learning | deep-learning | generative-ai | e:w
model-context-protocol | Model Context Protocol | | ai-agents | | e:d
embeddings | Embeddings | vector embeddings, text embeddings | | word-embeddings, semantic-search | e:d
semantic-search | Semantic Search | vector search, vector similarity search | | embeddings, information-retrieval | e:w
faiss | FAISS | | | embeddings, semantic-search | e:d
langchain | LangChain | Lang Chain | large-language-models | llamaindex, langgraph | e:w
langgraph | LangGraph | | langchain, ai-agents | llamaindex | e:d
crewai | CrewAI | Crew AI | ai-agents | langgraph, langchain | e:d
semantic-kernel | Semantic Kernel | Microsoft Semantic Kernel | large-language-models | langchain | e:d
llamaindex | LlamaIndex | Llama Index, GPT Index | large-language-models | langchain | e:w
hugging-face | Hugging Face | HuggingFace | | hugging-face-transformers | e:w
hugging-face-transformers | Hugging Face Transformers | HF Transformers, transformers library | hugging-face, transformers | pytorch | e:w
gpt | GPT | Generative Pre-trained Transformer, GPT models, GPT-3, GPT-4, GPT-4o | large-language-models | chatgpt, openai-api | cs e:d
chatgpt | ChatGPT | Chat GPT | generative-ai | gpt, openai-api | e:d
openai-api | OpenAI API | OpenAI | large-language-models | gpt | amb e:d
claude | Claude | Anthropic Claude, Claude API | large-language-models | | cs e:d
gemini | Google Gemini | Gemini | large-language-models | | cs e:d
llama | Llama | Meta Llama, LLaMA, Llama 2, Llama 3 | large-language-models | | amb e:d
ollama | Ollama | | large-language-models | vllm, llama | e:d
vllm | vLLM | | large-language-models, model-deployment | ollama, tensorrt | e:d
stable-diffusion | Stable Diffusion | | diffusion-models | | e:d
midjourney | Midjourney | | generative-ai | stable-diffusion, dall-e | e:d
dall-e | DALL-E | DALL·E, DALL-E 3, DALLE | generative-ai | midjourney, stable-diffusion | e:d
github-copilot | GitHub Copilot | | | cursor | e:d
cursor | Cursor | Cursor IDE, Cursor AI | | github-copilot | cs e:d
ibm-watson | IBM Watson | | artificial-intelligence | | e:w

# --- Frameworks and libraries
tensorflow | TensorFlow | Tensor Flow | deep-learning | keras, pytorch | e:m
tensorflow-lite | TensorFlow Lite | TFLite, LiteRT | tensorflow | edge-ai | e:w
keras | Keras | | deep-learning | tensorflow | e:w
pytorch | PyTorch | Py Torch | deep-learning, python | tensorflow, hugging-face-transformers | e:m
pytorch-lightning | PyTorch Lightning | | pytorch | | e:d
jax | JAX | | python, machine-learning | pytorch | cs e:w
theano | Theano | | deep-learning | tensorflow | e:w
caffe | Caffe | Caffe2 | deep-learning | | e:w
mxnet | Apache MXNet | MXNet | deep-learning | | e:w
fastai | fastai | fast.ai | pytorch | | e:d
scikit-learn | scikit-learn | sklearn, scikit learn, scikit | python, machine-learning | pandas, xgboost | e:w
xgboost | XGBoost | XG Boost | gradient-boosting | lightgbm, catboost | e:d
lightgbm | LightGBM | Light GBM | gradient-boosting | xgboost | e:d
catboost | CatBoost | | gradient-boosting | xgboost | e:d
shap | SHAP | SHapley Additive exPlanations | explainable-ai | | cs e:d
caret | caret | caret package | r, machine-learning | tidymodels | amb e:d
tidymodels | tidymodels | | r, machine-learning | caret | e:d
spacy | spaCy | | natural-language-processing, python | nltk | e:d
nltk | NLTK | Natural Language Toolkit | natural-language-processing, python | spacy | e:d
gensim | Gensim | | natural-language-processing, python | word2vec | e:d
stanford-corenlp | Stanford CoreNLP | CoreNLP | natural-language-processing | spacy | e:d
opencv | OpenCV | Open CV | computer-vision | | e:w
mediapipe | MediaPipe | | computer-vision | opencv | e:d
tesseract | Tesseract | Tesseract OCR | optical-character-recognition | | amb e:d
dialogflow | Dialogflow | Dialog Flow, Google Dialogflow, api.ai | conversational-ai | rasa | e:d
rasa | Rasa | | conversational-ai | dialogflow | amb e:w
h2o | H2O.ai | H2O | machine-learning | automl | amb e:w
datarobot | DataRobot | | machine-learning | automl | e:d
weka | Weka | | machine-learning | rapidminer | e:w
apache-mahout | Apache Mahout | Mahout | machine-learning, hadoop | spark-mllib | e:w
automl | AutoML | automated machine learning | machine-learning | h2o, datarobot | e:w
optuna | Optuna | | hyperparameter-tuning, python | | e:d
ray | Ray | | python | dask, distributed-training | amb e:w
dask | Dask | | python | pandas, ray | e:w
cuda | CUDA | NVIDIA CUDA | cpp | tensorrt | e:m
tensorrt | TensorRT | NVIDIA TensorRT | deep-learning | cuda, onnx | e:w
onnx | ONNX | Open Neural Network Exchange | deep-learning | tensorrt | e:d
triton-inference-server | Triton Inference Server | NVIDIA Triton | model-deployment | tensorrt | e:w
tensorflow-serving | TensorFlow Serving | TF Serving | tensorflow, model-deployment | torchserve | e:d
torchserve | TorchServe | | pytorch, model-deployment | tensorflow-serving | e:d
tfx | TensorFlow Extended | TFX | tensorflow, mlops | kubeflow | e:w

# --- MLOps
mlops | MLOps | ML Ops, machine learning operations | machine-learning | mlflow, kubeflow, model-deployment | e:w
llmops | LLMOps | | mlops, large-language-models | | e:w
model-deployment | Model Deployment | ML model deployment, model serving | | mlops | e:w
mlflow | MLflow | ML flow | mlops | kubeflow | e:d
kubeflow | Kubeflow | | mlops, kubernetes | mlflow | e:w
weights-and-biases | Weights & Biases | W&B, wandb | mlops | mlflow | e:d
dvc | DVC | Data Version Control | mlops | mlflow | e:d
feature-store | Feature Store | feature stores | mlops | feature-engineering | e:d
metaflow | Metaflow | | mlops, python | kubeflow, mlflow | e:d
`;
