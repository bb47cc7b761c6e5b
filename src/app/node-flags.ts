/**
 * The V8 flag the bot is started with (`npm start`, the Docker image). After a full garbage
 * collection V8 lets the heap grow by up to four times what is left before the next one, so the
 * garbage of chats' index builds kept a bot at 2.4 GB resident while its indexes held 0.5 GB;
 * growing by 30% keeps it under 1 GB (bench/RESULTS.md). Not allowed in NODE_OPTIONS, hence a flag.
 */
export const HEAP_GROWTH_FLAG = '--heap-growing-percent=30';
